using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

[CollectionDefinition(Name)]
public sealed class EditorJourneyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "editor journeys";
}

/// <summary>
/// The editorial round of a write-up in Cụm 42, by real people in a real browser: the editor
/// writes and submits, the reviewer sends it back with a comment, the editor fixes and resubmits,
/// the reviewer publishes, and a reader finds it on the news page.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser)
{
    private const string Title = "Cụm thi đua số 42 ký kết giao ước thi đua năm 2026";

    [BrowserFact]
    public async Task A_write_up_goes_from_the_editor_through_review_to_the_public_news_page()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var editorContext = await browser.NewContextAsync(Device.Desktop, portal);
        await using var reviewerContext = await browser.NewContextAsync(Device.Desktop, portal);
        var editor = await editorContext.NewPageAsync();
        var reviewer = await reviewerContext.NewPageAsync();

        await LogInAsync(editor, "bientap42");
        await editor.GotoAsync("/admin/noi-dung");
        await editor.GetByRole(AriaRole.Link, new() { Name = "+ Tin hội nghị" }).ClickAsync();
        await editor.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(Title);
        await Expect(editor.Locator("select[name=ClusterId] option")).ToHaveCountAsync(1);
        await editor.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await editor.GetByLabel("Địa điểm", new() { Exact = true }).FillAsync("Hội trường Thống kê cơ sở Đô Lương");
        await editor.Locator("textarea[name=Body]").FillAsync("Sáng nay, các đơn vị trong Cụm thi đua số 42 đã ký kết giao ước thi đua năm 2026.");
        await Expect(editor.Locator(".md-preview-body p")).ToContainTextAsync("ký kết giao ước");
        await BrowserFixture.ScreenshotAsync(editor, "editor-01-writes");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        var itemUrl = editor.Url;
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Expect(editor.Locator(".status").First).ToHaveTextAsync("Chờ duyệt");
        await BrowserFixture.ScreenshotAsync(editor, "editor-02-submitted");

        await LogInAsync(reviewer, "duyet42");
        await Expect(reviewer.Locator("#cho-duyet")).ToContainTextAsync(Title);
        await BrowserFixture.ScreenshotAsync(reviewer, "editor-03-reviewer-dashboard");
        await reviewer.Locator("#cho-duyet").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await reviewer.GetByLabel("Lý do, góp ý (bắt buộc)").FillAsync("Đề nghị bổ sung tên các đơn vị ký kết.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(reviewer.Locator(".notice")).ToHaveTextAsync("Đã trả lại bài cho người soạn.");
        await Expect(reviewer.Locator(".status").First).ToHaveTextAsync("Bản nháp");

        await editor.GotoAsync(itemUrl);
        await Expect(editor.Locator(".history")).ToContainTextAsync("Đề nghị bổ sung tên các đơn vị ký kết.");
        await BrowserFixture.ScreenshotAsync(editor, "editor-04-rejected-with-comment");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        await editor.Locator("textarea[name=Body]").FillAsync(
            "Sáng nay, năm đơn vị thống kê cơ sở trong Cụm thi đua số 42, do Thống kê cơ sở Đô Lương làm Cụm trưởng, đã ký kết giao ước thi đua năm 2026.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Expect(editor.Locator(".status").First).ToHaveTextAsync("Chờ duyệt");

        await reviewer.GotoAsync(itemUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Expect(reviewer.Locator(".notice")).ToHaveTextAsync("Đã đăng bài lên trang công khai.");
        await Expect(reviewer.Locator(".status").First).ToHaveTextAsync("Đã đăng");
        await BrowserFixture.ScreenshotAsync(reviewer, "editor-05-published");

        await using var readerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/tin-tuc");
        await Expect(reader.Locator(".card").First).ToContainTextAsync(Title);
        await reader.Locator(".card").First.TapAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/tin-tuc/cum-thi-dua-so-42-ky-ket-giao-uoc-thi-dua-nam-2026$"));
        await Expect(reader.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(reader.Locator(".article .body")).ToContainTextAsync("do Thống kê cơ sở Đô Lương làm Cụm trưởng");
        await BrowserFixture.ScreenshotAsync(reader, "editor-06-reader-sees-it");
    }

    private static Task LogInAsync(IPage page, string userName) => BrowserFixture.SignInAsync(page, userName, Cluster42People.Password);
}
