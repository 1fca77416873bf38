using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The editor's one-step actions as Cụm 42's office staff use them on a 390 px phone: save and send for review in one
/// tap (and the reviewer is told), delete a mistaken draft, and fix a published award decision in one step, then read
/// the comparison of the two versions row by row.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class EditorPhoneJourneyTests(BrowserFixture browser)
{
    private const string AwardDecision = "qd-danh-hieu-cum42-2025";

    [BrowserFact]
    public async Task On_a_phone_an_editor_saves_and_submits_in_one_step_the_reviewer_is_told_and_a_mistaken_draft_is_deleted()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var editorContext = await browser.NewContextAsync(Device.Phone, portal);
        await using var reviewerContext = await browser.NewContextAsync(Device.Phone, portal);
        var editor = await editorContext.NewPageAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await BrowserFixture.SignInAsync(editor, Cluster42People.Editor, Cluster42People.Password);

        const string title = "Cụm thi đua số 42 sơ kết sáu tháng đầu năm 2026";
        await NewWriteUpAsync(editor, title);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).TapAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu và gửi bài để duyệt.");
        await Expect(editor.Locator(".status").First).ToHaveTextAsync("Chờ duyệt");
        await BrowserFixture.ExpectFitsTheScreenAsync(editor);
        await BrowserFixture.ScreenshotAsync(editor, "phone-editor-01-saved-and-submitted");

        await BrowserFixture.SignInAsync(reviewer, Cluster42People.Reviewer, Cluster42People.Password);
        var badge = reviewer.Locator(".admin-header a.admin-badge");
        await Expect(badge.Locator(".badge-count")).ToHaveAttributeAsync("data-count", "1");
        await Expect(reviewer.Locator("#cho-duyet")).ToContainTextAsync(title);
        await badge.TapAsync();
        await Expect(reviewer.Locator(".notification-list")).ToContainTextAsync(title);
        await BrowserFixture.ExpectFitsTheScreenAsync(reviewer);
        await BrowserFixture.ScreenshotAsync(reviewer, "phone-editor-02-reviewer-told");

        const string mistaken = "Bản nháp tạo nhầm của Cụm 42";
        await NewWriteUpAsync(editor, mistaken);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).TapAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Xóa bản nháp" }).TapAsync();
        await Expect(editor.Locator("h1")).ToHaveTextAsync("Xóa bản nháp?");
        await BrowserFixture.ExpectFitsTheScreenAsync(editor);
        await BrowserFixture.ScreenshotAsync(editor, "phone-editor-03-delete-confirmation");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Xóa vĩnh viễn" }).TapAsync();
        await Expect(editor).ToHaveURLAsync(new Regex("/admin/noi-dung$"));
        await Expect(editor.Locator(".notice")).ToHaveTextAsync($"Đã xóa bản nháp \"{mistaken}\".");
        await editor.GotoAsync("/admin/noi-dung?q=" + Uri.EscapeDataString("tạo nhầm"));
        await Expect(editor.Locator(".admin-main table")).ToHaveCountAsync(0);
        await editor.GotoAsync("/admin/noi-dung?q=" + Uri.EscapeDataString("sơ kết sáu tháng"));
        await Expect(editor.Locator(".admin-main table")).ToContainTextAsync(title);
    }

    [BrowserFact]
    public async Task On_a_phone_a_reviewer_fixes_a_published_award_decision_in_one_step_and_reads_the_change_row_by_row()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var context = await browser.NewContextAsync(Device.Phone, portal);
        var reviewer = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(reviewer, Cluster42People.Reviewer, Cluster42People.Password);

        await reviewer.GotoAsync($"/admin/noi-dung/{AwardDecision}");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).TapAsync();
        var recipient = reviewer.Locator("input[name='Awards[1].Recipient']");
        var before = await recipient.InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(before), "The demo's decision has a second row to fix.");
        var after = before + " (đã sửa tên)";
        await recipient.FillAsync(after);
        await BrowserFixture.ExpectFitsTheScreenAsync(reviewer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Lưu và đăng" }).TapAsync();
        await Expect(reviewer.Locator(".notice")).ToHaveTextAsync("Đã lưu và đăng phiên bản mới lên trang công khai.");
        await Expect(reviewer.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await reviewer.GetByRole(AriaRole.Link, new() { Name = "So với bản trước" }).First.TapAsync();
        var change = reviewer.Locator("li.compare-change");
        await Expect(change).ToHaveCountAsync(1);
        await Expect(change.Locator(".compare-label")).ToContainTextAsync("Danh sách khen thưởng, dòng 2");
        await Expect(change.Locator("del").First).ToHaveTextAsync(before);
        await Expect(change.Locator("ins").First).ToHaveTextAsync(after);
        await BrowserFixture.ExpectFitsTheScreenAsync(reviewer);
        await BrowserFixture.ScreenshotAsync(reviewer, "phone-editor-04-award-decision-comparison");
    }

    private static async Task NewWriteUpAsync(IPage editor, string title)
    {
        await editor.GotoAsync("/admin/noi-dung");
        await editor.Locator("details.create-menu > summary").TapAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "+ Tin hội nghị" }).TapAsync();
        await editor.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await editor.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await editor.GetByLabel("Địa điểm", new() { Exact = true }).FillAsync("Hội trường Thống kê cơ sở Đô Lương");
        await editor.Locator("textarea[name=Body]").FillAsync("Các đơn vị trong Cụm thi đua số 42 đã đánh giá kết quả sáu tháng đầu năm.");
    }
}
