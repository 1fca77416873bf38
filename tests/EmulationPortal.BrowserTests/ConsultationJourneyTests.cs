using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using EmulationPortal.Core.Calendar;
using EmulationPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// "Lấy ý kiến Nhân dân" end to end: the board's staff publish the list, a reader on a phone comments on one
/// candidate, the comment reaches staff only, the period ends, and the closing report is downloaded and read back.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class ConsultationJourneyTests(BrowserFixture browser)
{
    private const string Password = "Matkhau-ban-2026";
    private const string Title = "Lấy ý kiến Nhân dân đối với đề nghị tặng Huân chương Lao động hạng Ba cho cá nhân ngành Thống kê";
    private const string Candidate = "Ông Phan Văn Hải";
    private const string CommentText = "Tôi biết ông Hải nhiều năm, ông luôn tận tụy với công việc ở cơ sở. Đề nghị xem xét.";

    [BrowserFact]
    public async Task Staff_publish_a_list_a_reader_comments_on_a_phone_and_the_closing_report_holds_the_comment()
    {
        // Vietnam's 9 a.m. today: the notice is dated so that its tenth working day is the next working day.
        var clock = new ManualClock(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(2), TimeSpan.Zero));
        using var portal = PortalServer.Start(clock: clock);
        await AddStaffAsync(portal);
        var calendar = await portal.Service<IWorkingCalendarProvider>().GetAsync();
        var today = clock.TodayInVietnam();
        var lastDay = calendar.AddWorkingDays(today, 1);
        var opens = today;
        while (calendar.AddWorkingDays(opens, 10) > lastDay)
        {
            opens = opens.AddDays(-1);
        }

        await using var staffContext = await browser.NewContextAsync(Device.Desktop, portal);
        var staff = await staffContext.NewPageAsync();
        await BrowserFixture.SignInAsync(staff, "canbo-ban", Password);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Lấy ý kiến Nhân dân" }).First.ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "+ Đăng danh sách lấy ý kiến" }).ClickAsync();
        await staff.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(Title);
        await staff.Locator("select[name=ClusterId]").SelectOptionAsync(Cluster42People.Cluster);
        await staff.Locator("input[name=Proposer]").FillAsync("Ủy ban nhân dân tỉnh Nghệ An");
        await staff.Locator("input[name=Award]").FillAsync("Huân chương Lao động hạng Ba");
        await staff.Locator("input[name=Opens]").FillAsync(opens.ToString("yyyy-MM-dd"));
        await staff.Locator("textarea[name=CandidatesPaste]").FillAsync(
            $"1\t{Candidate}\tCá nhân\tThống kê cơ sở Đô Lương\tTrưởng Thống kê\tHoàn thành xuất sắc nhiệm vụ 5 năm liên tục\n" +
            "2\tBà Hồ Thị Lan\tCá nhân\tThống kê cơ sở Yên Thành\tThống kê viên\tChiến sĩ thi đua cấp tỉnh năm 2024");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Đọc danh sách" }).ClickAsync();
        await Expect(staff.Locator("input[name='Candidates[1].Name']")).ToHaveValueAsync("Bà Hồ Thị Lan");
        await Expect(staff.Locator("input[name='Candidates[0].Position']")).ToHaveValueAsync("Trưởng Thống kê");
        await BrowserFixture.ScreenshotAsync(staff, "consultation-01-staff-writes");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(staff.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Expect(staff.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await using var readerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/lay-y-kien");
        await reader.GetByRole(AriaRole.Link, new() { Name = Title }).TapAsync();
        await Expect(reader.Locator(".countdown")).ToHaveTextAsync(
            $"Còn {calendar.WorkingDaysBetween(today, lastDay)} ngày làm việc (đến hết ngày {lastDay:dd/MM/yyyy}).");
        await reader.Locator("li.candidate").Filter(new() { HasText = Candidate }).GetByRole(AriaRole.Link, new() { Name = "Góp ý về cá nhân này" }).TapAsync();
        await Expect(reader.Locator("select[name=Candidate]")).ToHaveValueAsync(Candidate);
        await reader.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Mai");
        await reader.GetByLabel("Số điện thoại hoặc thư điện tử").FillAsync("0915 222 333");
        await reader.GetByLabel("Địa chỉ").FillAsync("Khối 4, thị trấn Đô Lương, Nghệ An");
        await reader.GetByLabel("Nội dung ý kiến").FillAsync(CommentText);
        await BrowserFixture.ExpectFitsTheScreenAsync(reader);
        await BrowserFixture.ScreenshotAsync(reader, "consultation-02-reader-comments-phone");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).TapAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Cảm ơn ông/bà đã gửi ý kiến");
        var reference = await reader.Locator(".reference").TextContentAsync();
        Assert.Matches("^YK-[0-9]{5}$", reference);
        await BrowserFixture.ScreenshotAsync(reader, "consultation-03-received-phone");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Quay lại danh sách đề nghị" }).TapAsync();
        await Expect(reader.Locator("article")).Not.ToContainTextAsync("tận tụy");

        await staff.GotoAsync("/admin/lay-y-kien");
        await staff.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        var comment = staff.Locator("article.comment").Filter(new() { HasText = reference! });
        await Expect(comment).ToContainTextAsync(CommentText);
        await Expect(staff.Locator("section.comment-group").Filter(new() { Has = comment }).Locator("h2")).ToContainTextAsync(Candidate);
        await comment.GetByLabel("Kết quả xử lý").FillAsync("Ghi nhận ý kiến đồng tình, báo cáo Hội đồng.");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu đã xử lý" }).ClickAsync();
        await Expect(staff.Locator(".notice")).ToContainTextAsync($"Đã ghi kết quả xử lý ý kiến {reference}");

        // The day after the last one: the form closes, and the report is final.
        clock.Now = clock.Now.AddDays(lastDay.DayNumber - today.DayNumber + 1);
        await reader.ReloadAsync();
        await Expect(reader.Locator(".countdown")).ToHaveTextAsync($"Đã hết thời hạn lấy ý kiến (ngày {lastDay:dd/MM/yyyy}).");
        await Expect(reader.Locator("#gop-y")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(reader, "consultation-04-closed-phone");

        // A sign-in lasts a working day: the next morning staff sign in again.
        var commentsUrl = staff.Url;
        await BrowserFixture.SignInAsync(staff, "canbo-ban", Password);
        await staff.GotoAsync(commentsUrl);
        await Expect(staff.Locator("article.comment.handled")).ToContainTextAsync(reference!);
        var download = await staff.RunAndWaitForDownloadAsync(() =>
            staff.GetByRole(AriaRole.Link, new() { Name = "Tải báo cáo kết quả lấy ý kiến (DOCX)" }).ClickAsync());
        var path = Path.Combine(portal.DataPath, "bao-cao.docx");
        await download.SaveAsAsync(path);
        using var report = WordprocessingDocument.Open(path, false);
        var text = string.Join("\n", report.MainDocumentPart!.Document.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains($"đến hết ngày {lastDay:dd/MM/yyyy}", text);
        Assert.Contains($"Ý kiến số {reference}", text);
        Assert.Contains(CommentText, text);
        Assert.Contains("Kết quả xử lý: Ghi nhận ý kiến đồng tình", text);
        await BrowserFixture.ScreenshotAsync(staff, "consultation-05-staff-comments");
    }

    private static Task AddStaffAsync(PortalServer portal) =>
        portal.AddUsersAsync(new JsonObject
        {
            ["userName"] = "canbo-ban", ["displayName"] = "Ban Thi đua – Khen thưởng", ["password"] = Password, ["roles"] = new JsonArray("Staff"),
        });
}
