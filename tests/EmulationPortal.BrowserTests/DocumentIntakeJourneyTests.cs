using System.Text.RegularExpressions;
using EmulationPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// A cluster's signed plan goes into the archive from its Word file: the editor drops the file on a phone, checks
/// the fields read from it, saves and submits; the reviewer publishes; a reader finds it by its number and sees its
/// number, signer, legal bases linked to the law in the archive, and the file itself.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class DocumentIntakeJourneyTests(BrowserFixture browser)
{
    private const string Number = "05/KH-CTĐ42";
    private const string Signer = "Hoàng Minh Tuấn";

    private static readonly string[] SignedPlan =
    [
        "CỤM THI ĐUA SỐ 42", "Số: 05/KH-CTĐ42", "Đô Lương, ngày 9 tháng 1 năm 2026", "KẾ HOẠCH",
        "Tổ chức phong trào thi đua năm 2026 của Cụm thi đua số 42",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
        "Cụm thi đua số 42 xây dựng kế hoạch tổ chức phong trào thi đua năm 2026 như sau:",
        "1. Trước ngày 15/6/2026, các đơn vị gửi báo cáo sơ kết về Cụm trưởng.",
        "2. Trước ngày 20/11/2026, các đơn vị gửi báo cáo tổng kết và bảng tự chấm điểm.",
        "Cụm trưởng: Thống kê cơ sở Đô Lương.",
        "Nơi nhận:", "- Các đơn vị trong cụm;", "- Lưu: VT.", "CỤM TRƯỞNG", Signer,
    ];

    [BrowserFact]
    public async Task A_signed_plan_dropped_as_a_DOCX_is_checked_saved_reviewed_and_published_with_its_file()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var editorContext = await browser.NewContextAsync(Device.Phone, portal);
        var editor = await editorContext.NewPageAsync();

        await BrowserFixture.SignInAsync(editor, Cluster42People.Editor, Cluster42People.Password);
        await editor.GotoAsync("/admin/van-ban/tao");
        await editor.Locator("input[name=intakeFile]").SetInputFilesAsync(new FilePayload
        {
            Name = "ke-hoach-thi-dua-2026.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = TestDocx.FromLines(SignedPlan),
        });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp và điền sẵn" }).ClickAsync();

        await Expect(editor.Locator(".intake-report")).ToContainTextAsync("Đã đọc tệp “ke-hoach-thi-dua-2026.docx”");
        await Expect(editor.Locator(".intake-report")).ToContainTextAsync("Tệp đã được đưa vào phần tệp đính kèm.");
        await Expect(editor.Locator("select[name=Type]")).ToHaveValueAsync("Plan");
        await Expect(editor.Locator("input[name=Number]")).ToHaveValueAsync(Number);
        await Expect(editor.Locator("input[name=IssuedOn]")).ToHaveValueAsync("2026-01-09");
        await Expect(editor.Locator("textarea[name=LegalBases]")).ToHaveValueAsync(new Regex("152/2025/NĐ-CP"));
        await Expect(editor.Locator(".intake-note").First).ToBeVisibleAsync();
        await BrowserFixture.ExpectFitsTheScreenAsync(editor);
        await BrowserFixture.ScreenshotAsync(editor, "intake-01-prefilled-phone");

        // The editor checks and completes what the file did not say, then saves and submits.
        await editor.Locator("select[name=ClusterId]").SelectOptionAsync(Cluster42People.Cluster);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        var itemUrl = editor.Url;
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Expect(editor.Locator(".status").First).ToHaveTextAsync("Chờ duyệt");
        await BrowserFixture.ExpectFitsTheScreenAsync(editor);
        await BrowserFixture.ScreenshotAsync(editor, "intake-02-submitted-phone");

        await using var reviewerContext = await browser.NewContextAsync(Device.Desktop, portal);
        var reviewer = await reviewerContext.NewPageAsync();
        await BrowserFixture.SignInAsync(reviewer, Cluster42People.Reviewer, Cluster42People.Password);
        await reviewer.GotoAsync(itemUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Expect(reviewer.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await using var readerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/tim-kiem?q=" + Uri.EscapeDataString("kh-ctđ42 05"));
        await reader.Locator("ol.hits a").Filter(new() { HasText = "phong trào thi đua năm 2026" }).First.TapAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/van-ban/"));
        await Expect(reader.Locator(".facts .doc-number")).ToHaveTextAsync(Number);
        await Expect(reader.Locator(".facts")).ToContainTextAsync(Signer);
        await Expect(reader.Locator(".doc-signature .signature-name")).ToHaveTextAsync(Signer);
        await Expect(reader.Locator("section:has(h2:text-is('Căn cứ')) a")).ToHaveCountAsync(2);
        var file = reader.Locator(".attachments a[download]");
        await Expect(file).ToHaveTextAsync(new Regex("ke-hoach-thi-dua-2026"));
        var download = await reader.APIRequest.GetAsync((await file.GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await download.BodyAsync())[..2]));
        await BrowserFixture.ExpectFitsTheScreenAsync(reader);
        await BrowserFixture.ScreenshotAsync(reader, "intake-03-published-phone");
    }
}
