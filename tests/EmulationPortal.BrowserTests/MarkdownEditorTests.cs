using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The body editor "like in Word" (js/markdown-editor.js and js/html-to-markdown.js): what Word, LibreOffice and Google
/// Docs put on the clipboard pasted as Markdown, the converter's rules one by one, the toolbar with the keyboard alone,
/// pasted pictures uploaded as photos, and the live preview beside the text on a desktop and as a tab on a phone.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class MarkdownEditorTests(BrowserFixture browser)
{
    private const string NewConference = "/admin/tin-tuc/tao?cum=" + Cluster42People.Cluster;
    private const string ConverterModule = "/_content/EmulationPortal.AdminTheme/js/html-to-markdown.js";

    /// <summary>The screens the issue names: a common phone and a common laptop.</summary>
    private static readonly Device Laptop = new(1280, 900, DeviceScaleFactor: 1, IsMobile: false);

    /// <summary>The fixtures' common content, as the renderer reads it; each office suite must give exactly this.</summary>
    private const string ExpectedMarkdown = """
        ## Kết quả thi đua năm 2025

        Hội nghị tổng kết công tác thi đua, khen thưởng của **Cụm thi đua số 42** diễn ra tại *Thống kê cơ sở Đô Lương*.

        ### Các đơn vị dẫn đầu

        - Thống kê cơ sở Đô Lương
          - Cờ thi đua của **Ủy ban nhân dân tỉnh**
        - Thống kê cơ sở Nam Đàn

        Các bước tiếp theo:

        1. Gửi hồ sơ đề nghị khen thưởng trước ngày 15/01/2026
        2. Tổ chức ký kết giao ước năm 2026

        | TT | Đơn vị | Điểm |
        | --- | --- | --- |
        | 1 | Thống kê cơ sở Đô Lương | 98,5 |
        | 2 | Thống kê cơ sở Nam Đàn (\*) | 97 |

        Xem toàn văn tại [Kế hoạch số 12/KH-CTĐ](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-2026).
        """;

    [BrowserFact]
    public async Task A_Word_document_pasted_into_the_body_becomes_Markdown_and_the_published_page_shows_its_headings_list_and_table()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var context = await browser.NewContextAsync(Laptop, portal);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Cluster42People.Reviewer, Cluster42People.Password);

        await page.GotoAsync(NewConference);
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Tổng kết thi đua Cụm 42 năm 2025");
        await page.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        var body = page.Locator("textarea[name=Body]");
        await body.FillAsync("Mở đầu.");
        await PasteAsync(page, Fixture("word-2016.html"), "Kết quả thi đua năm 2025");

        // Pasted after the caret at the end of "Mở đầu.", as a block of its own.
        await Expect(body).ToHaveValueAsync("Mở đầu.\n\n" + ExpectedMarkdown);
        await Expect(page.Locator(".md-notice")).ToContainTextAsync("tiêu đề, danh sách, bảng");
        var preview = page.Locator(".md-preview-body");
        await Expect(preview.Locator("h2")).ToHaveTextAsync("Kết quả thi đua năm 2025");
        await Expect(preview.Locator("ul ul li")).ToHaveTextAsync("Cờ thi đua của Ủy ban nhân dân tỉnh");
        await Expect(preview.Locator("table th")).ToHaveTextAsync(["TT", "Đơn vị", "Điểm"]);
        await BrowserFixture.ScreenshotAsync(page, "word-editor-01-pasted-from-word-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Expect(page.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await using var readerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/tin-tuc/tong-ket-thi-dua-cum-42-nam-2025");
        var article = reader.Locator(".article .body");
        await Expect(article.Locator("h2")).ToHaveTextAsync("Kết quả thi đua năm 2025");
        await Expect(article.Locator("h3")).ToHaveTextAsync("Các đơn vị dẫn đầu");
        await Expect(article.Locator("strong").First).ToHaveTextAsync("Cụm thi đua số 42");
        await Expect(article.Locator("ol > li")).ToHaveTextAsync(["Gửi hồ sơ đề nghị khen thưởng trước ngày 15/01/2026", "Tổ chức ký kết giao ước năm 2026"]);
        await Expect(article.Locator("table tbody tr")).ToHaveCountAsync(2);
        await Expect(article.Locator("table td").Nth(4)).ToHaveTextAsync("Thống kê cơ sở Nam Đàn (*)");
        await Expect(article.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch số 12/KH-CTĐ" }))
            .ToHaveAttributeAsync("href", "https://thiduakhenthuong.example.vn/van-ban/ke-hoach-2026");
        await BrowserFixture.ExpectFitsTheScreenAsync(reader);
        await BrowserFixture.ScreenshotAsync(reader, "word-editor-02-published-page-phone");
    }

    [BrowserFact]
    public async Task LibreOffice_and_Google_Docs_clipboards_give_the_same_Markdown_as_Word()
    {
        await using var context = await browser.NewContextAsync(Laptop);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);
        await page.GotoAsync(NewConference);
        var body = page.Locator("textarea[name=Body]");
        foreach (var fixture in new[] { "libreoffice.html", "google-docs.html" })
        {
            await body.FillAsync("");
            await PasteAsync(page, Fixture(fixture), "Kết quả thi đua năm 2025");
            await Expect(body).ToHaveValueAsync(ExpectedMarkdown);
        }
    }

    [BrowserFact]
    public async Task The_paste_converter_follows_each_of_its_rules()
    {
        await using var context = await browser.NewContextAsync(Laptop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var cases = Fixture("conversion-rules.json");
        var failures = await page.EvaluateAsync<string[]>("""
            async ([module, cases]) => {
                const { htmlToMarkdown } = await import(module);
                return JSON.parse(cases).flatMap((rule) => {
                    const result = htmlToMarkdown(rule.html);
                    return result.markdown === rule.markdown && result.formatted === rule.formatted ? []
                        : [`${rule.name}:\n  expected (formatted: ${rule.formatted}) ${JSON.stringify(rule.markdown)}\n  got (formatted: ${result.formatted}) ${JSON.stringify(result.markdown)}`];
                });
            }
            """, new object[] { ConverterModule, cases });
        Assert.True(JsonDocument.Parse(cases).RootElement.GetArrayLength() >= 20, "The rules file lost its cases.");
        Assert.True(failures.Length == 0, string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task The_toolbar_is_used_with_the_keyboard_alone_and_its_changes_can_be_undone()
    {
        await using var context = await browser.NewContextAsync(Laptop);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);
        await page.GotoAsync(NewConference);
        var body = page.Locator("textarea[name=Body]");
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Định dạng nội dung" });
        Task ExpectFocusedAsync(string name) => Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToBeFocusedAsync();

        // One tab stop: Tab from the field before lands on the toolbar, arrows move inside it, Tab leaves it.
        await page.GetByLabel("Địa điểm", new() { Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync("Đậm");
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectFocusedAsync("Nghiêng");
        await page.Keyboard.PressAsync("End");
        await ExpectFocusedAsync("Bảng");
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectFocusedAsync("Đậm");
        await Expect(toolbar.Locator("button[tabindex='0']")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Enter");
        await Expect(body).ToBeFocusedAsync();
        await Expect(body).ToHaveValueAsync("**chữ đậm**");

        // The toolbar's change is in the browser's undo history like typing.
        await page.Keyboard.PressAsync("Control+Z");
        await Expect(body).ToHaveValueAsync("");

        // Back to the toolbar, on the button last used: the placeholder is selected, so typing replaces it.
        await page.Keyboard.PressAsync("Shift+Tab");
        await ExpectFocusedAsync("Đậm");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Hội nghị");
        await Expect(body).ToHaveValueAsync("**Hội nghị**");
        await body.FillAsync("");

        // A heading, a list, then the shortcuts.
        await page.Keyboard.PressAsync("Shift+Tab");
        await ExpectFocusedAsync("Đậm");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectFocusedAsync("Tiêu đề mục");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Kết quả");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectFocusedAsync("Danh sách");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.TypeAsync("Đô Lương dẫn đầu");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.Keyboard.PressAsync("Control+I");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("Nam Đàn");
        await Expect(body).ToHaveValueAsync("## Kết quả\n\n- *Đô Lương dẫn đầu*\n\n**Nam Đàn**");

        // Ctrl+K asks for the address in a dialog; a wrong one is refused in Vietnamese, Escape or a link returns to the text.
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Control+K");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Chèn liên kết" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByLabel("Chữ hiển thị")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Kế hoạch năm 2026");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("ke hoach");
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog.Locator(".field-error")).ToContainTextAsync("Địa chỉ chưa đúng");
        await BrowserFixture.ScreenshotAsync(page, "word-editor-03-link-dialog-desktop");
        await dialog.GetByLabel("Địa chỉ trang web hoặc e-mail").FillAsync("thiduakhenthuong.example.vn/ke-hoach");
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(body).ToBeFocusedAsync();
        await Expect(body).ToHaveValueAsync("## Kết quả\n\n- *Đô Lương dẫn đầu*\n\n**Nam Đàn**\n\n[Kế hoạch năm 2026](https://thiduakhenthuong.example.vn/ke-hoach)");
        await Expect(page.Locator(".md-preview-body a")).ToHaveAttributeAsync("href", "https://thiduakhenthuong.example.vn/ke-hoach");
    }

    [BrowserFact]
    public async Task Pictures_pasted_into_the_body_are_uploaded_as_the_item_s_photos()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var context = await browser.NewContextAsync(Laptop, portal);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Cluster42People.Editor, Cluster42People.Password);
        await page.GotoAsync(NewConference);
        var body = page.Locator("textarea[name=Body]");
        var photos = page.Locator("#photos > li");

        // A screenshot: a picture alone on the clipboard.
        await page.EvaluateAsync("""
            async () => {
                const canvas = Object.assign(document.createElement("canvas"), { width: 640, height: 400 });
                const drawing = canvas.getContext("2d");
                drawing.fillStyle = "#a4161a";
                drawing.fillRect(0, 0, 640, 400);
                const blob = await new Promise((done) => canvas.toBlob(done, "image/png"));
                const data = new DataTransfer();
                data.items.add(new File([blob], "image.png", { type: "image/png" }));
                const textarea = document.querySelector("textarea[name=Body]");
                textarea.focus();
                textarea.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """);
        await Expect(photos).ToHaveCountAsync(1);
        await Expect(page.Locator(".md-notice")).ToHaveTextAsync("Đã đưa 1 ảnh dán vào lên phần Ảnh bên dưới: hãy viết chú thích cho ảnh.");
        await Expect(body).ToHaveValueAsync("");

        // A document with a picture LibreOffice carries as data and one Word left in its temporary folder.
        var picture = await page.EvaluateAsync<string>("""
            () => {
                const canvas = Object.assign(document.createElement("canvas"), { width: 320, height: 200 });
                canvas.getContext("2d").fillRect(0, 0, 320, 200);
                return canvas.toDataURL("image/png");
            }
            """);
        await PasteAsync(page,
            $"<h2>Toàn cảnh</h2><p>Ảnh hội nghị <img src=\"{picture}\" alt=\"Toàn cảnh\"></p>" +
            "<p><img src=\"file:///C:/Users/vanthu/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg\" width=\"300\"></p>",
            "Toàn cảnh");
        await Expect(photos).ToHaveCountAsync(2);
        await Expect(page.Locator(".md-notice")).ToContainTextAsync("Đã đưa 1 ảnh dán vào lên phần Ảnh");
        await Expect(page.Locator(".md-notice")).ToContainTextAsync("1 ảnh trong phần dán vào không lấy được từ bộ nhớ tạm");
        await Expect(body).ToHaveValueAsync("## Toàn cảnh\n\nẢnh hội nghị");
        await Expect(photos.Nth(1).Locator("img")).ToHaveAttributeAsync("src", new Regex("^/media/"));
        await BrowserFixture.ScreenshotAsync(page, "word-editor-04-pasted-pictures-desktop");

        await photos.Nth(0).Locator("input[type=text]").FillAsync("Ảnh chụp màn hình");
        await photos.Nth(1).Locator("input[type=text]").FillAsync("Toàn cảnh hội nghị");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Ảnh dán vào bài");
        await page.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
    }

    [BrowserFact]
    public async Task The_preview_stands_beside_the_text_on_a_laptop_and_is_a_tab_on_a_phone_and_both_pass_axe()
    {
        const string Markdown = "## Kết quả\n\nCụm 42 có **năm** đơn vị.\n\n| Đơn vị | Điểm |\n| --- | --- |\n| Đô Lương | 98 |";

        await using var phoneContext = await browser.NewContextAsync(Device.Phone);
        await phoneContext.Context.AddInitScriptAsync(AccessibilityTests.AxeSource);
        var phone = await phoneContext.NewPageAsync();
        await BrowserFixture.SignInAsync(phone, PortalServer.AdminUserName, PortalServer.AdminPassword);
        await phone.GotoAsync(NewConference);
        var write = phone.GetByRole(AriaRole.Tab, new() { Name = "Soạn thảo" });
        var preview = phone.GetByRole(AriaRole.Tab, new() { Name = "Xem trước" });
        await Expect(write).ToHaveAttributeAsync("aria-selected", "true");
        await phone.Locator("textarea[name=Body]").FillAsync(Markdown);
        await Expect(phone.GetByRole(AriaRole.Tabpanel, new() { Name = "Xem trước" })).ToBeHiddenAsync();
        await BrowserFixture.ExpectFitsTheScreenAsync(phone);
        var problems = (await AccessibilityTests.ViolationsAsync(phone, NewConference + " (writing tab)", Device.Phone)).ToList();
        await BrowserFixture.ScreenshotAsync(phone, "word-editor-05-writing-tab-phone");

        await write.FocusAsync();
        await phone.Keyboard.PressAsync("ArrowRight");
        await Expect(preview).ToBeFocusedAsync();
        await Expect(preview).ToHaveAttributeAsync("aria-selected", "true");
        var previewPanel = phone.GetByRole(AriaRole.Tabpanel, new() { Name = "Xem trước" });
        await Expect(previewPanel.Locator("h2")).ToHaveTextAsync("Kết quả");
        await Expect(previewPanel.Locator("strong")).ToHaveTextAsync("năm");
        await Expect(previewPanel.Locator("[aria-live=polite]")).ToHaveCountAsync(1);
        await Expect(phone.Locator("textarea[name=Body]")).ToBeHiddenAsync();
        await BrowserFixture.ExpectFitsTheScreenAsync(phone);
        problems.AddRange(await AccessibilityTests.ViolationsAsync(phone, NewConference + " (preview tab)", Device.Phone));
        await BrowserFixture.ScreenshotAsync(phone, "word-editor-06-preview-tab-phone");
        await preview.TapAsync();
        await write.TapAsync();
        await Expect(phone.Locator("textarea[name=Body]")).ToBeVisibleAsync();

        await using var laptopContext = await browser.NewContextAsync(Laptop);
        await laptopContext.Context.AddInitScriptAsync(AccessibilityTests.AxeSource);
        var laptop = await laptopContext.NewPageAsync();
        await BrowserFixture.SignInAsync(laptop, PortalServer.AdminUserName, PortalServer.AdminPassword);
        await laptop.GotoAsync(NewConference);
        await Expect(laptop.GetByRole(AriaRole.Tablist)).ToBeHiddenAsync();
        var textarea = laptop.Locator("textarea[name=Body]");
        await textarea.FillAsync(ExpectedMarkdown + "\n\n" + Markdown);
        var region = laptop.GetByRole(AriaRole.Region, new() { Name = "Xem trước" });
        await Expect(region.Locator("table td").Last).ToHaveTextAsync("98");
        var box = region.Locator(".md-preview-body");
        Assert.True(await box.EvaluateAsync<bool>("box => box.scrollHeight > box.clientHeight"), "A long preview should scroll inside its box.");
        var text = (await textarea.BoundingBoxAsync())!;
        var tools = (await laptop.GetByRole(AriaRole.Toolbar).BoundingBoxAsync())!;
        var shown = (await region.BoundingBoxAsync())!;
        Assert.True(shown.X >= text.X + text.Width, $"The preview (x {shown.X}) should stand right of the text (x {text.X} + {text.Width}).");
        Assert.True(Math.Abs(shown.Y - tools.Y) < 2, $"The preview (y {shown.Y}) should start level with the toolbar above the text (y {tools.Y}).");
        problems.AddRange(await AccessibilityTests.ViolationsAsync(laptop, NewConference, Laptop));
        await BrowserFixture.ScreenshotAsync(laptop, "word-editor-07-preview-beside-desktop");
        Assert.True(problems.Count == 0, "axe found:\n" + string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Without_script_the_body_is_the_plain_field_and_saves()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var context = await browser.NewContextAsync(Laptop, portal);
        await context.Context.RouteAsync("**/*.js*", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Cluster42People.Editor, Cluster42People.Password);
        await page.GotoAsync(NewConference);
        await Expect(page.GetByRole(AriaRole.Toolbar)).ToHaveCountAsync(0);
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Không có script");
        await page.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Nội dung bài viết").FillAsync("## Mục\n\n- một");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Clipboard", name));

    /// <summary>A paste as the browser dispatches it, with the clipboard's HTML and plain text.</summary>
    private static Task PasteAsync(IPage page, string html, string text) =>
        page.EvaluateAsync("""
            ([html, text]) => {
                const textarea = document.querySelector("textarea[name=Body]");
                textarea.focus();
                textarea.setSelectionRange(textarea.value.length, textarea.value.length);
                const data = new DataTransfer();
                data.setData("text/html", html);
                data.setData("text/plain", text);
                textarea.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, new object[] { html, text });
}
