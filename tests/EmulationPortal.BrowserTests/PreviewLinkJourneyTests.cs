using EmulationPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// A draft shared with a leader who has no account: the editor makes a link on the item's page on a phone, a fresh
/// browser that never signed in opens it, and it stops working once revoked or expired.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class PreviewLinkJourneyTests(BrowserFixture browser)
{
    private const string Title = "Dự thảo báo cáo sơ kết Cụm thi đua số 42";
    private const string Gone = "Liên kết xem trước không còn hiệu lực";

    [BrowserFact]
    public async Task A_leader_without_an_account_reads_the_draft_through_a_link_until_it_is_revoked_or_expires()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var portal = PortalServer.Start(clock: clock);
        await Cluster42People.AddAsync(portal);
        await using var editorContext = await browser.NewContextAsync(Device.Phone, portal);
        var editor = await editorContext.NewPageAsync();
        // "Thu hồi" asks for a confirmation, which the editor gives.
        editor.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await BrowserFixture.SignInAsync(editor, Cluster42People.Editor, Cluster42People.Password);
        await editor.GotoAsync("/admin/noi-dung");
        await editor.Locator("details.create-menu > summary").TapAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "+ Tin hội nghị" }).TapAsync();
        await editor.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(Title);
        await editor.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await editor.GetByLabel("Địa điểm", new() { Exact = true }).FillAsync("Hội trường Thống kê cơ sở Đô Lương");
        await editor.Locator("textarea[name=Body]").FillAsync("Bản dự thảo gửi lãnh đạo Cụm góp ý trước khi trình duyệt.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        var itemUrl = editor.Url;

        await editor.GetByRole(AriaRole.Button, new() { Name = "Tạo liên kết xem trước" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToContainTextAsync("Đã tạo liên kết xem trước");
        // A minute later, as a person would: the page lists links newest first.
        clock.Now += TimeSpan.FromMinutes(1);
        await editor.GetByLabel("Hiệu lực (số ngày, tối đa 30)").FillAsync("1");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tạo liên kết xem trước" }).ClickAsync();
        var links = editor.Locator(".preview-link");
        await Expect(links).ToHaveCountAsync(2);
        // Newest first: the one-day link, then the week's.
        var dayLink = await links.Nth(0).Locator("input[data-preview-link]").InputValueAsync();
        var weekLink = await links.Nth(1).Locator("input[data-preview-link]").InputValueAsync();
        await Expect(links.Nth(0)).ToContainTextAsync("chưa ai mở");
        await BrowserFixture.ExpectFitsTheScreenAsync(editor);
        await editor.Locator("#lien-ket-xem-truoc").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(editor, "preview-link-01-item-page-phone");

        await using var leaderContext = await browser.NewContextAsync(Device.Phone, portal);
        var leader = await leaderContext.NewPageAsync();
        await leader.GotoAsync(weekLink);
        await Expect(leader.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(leader.Locator(".preview-banner")).ToContainTextAsync("Bản xem trước – chưa công bố");
        await Expect(leader.Locator(".article .body")).ToContainTextAsync("gửi lãnh đạo Cụm góp ý");
        await Expect(leader.Locator("a[href*='/admin']")).ToHaveCountAsync(0);
        await BrowserFixture.ExpectFitsTheScreenAsync(leader);
        await BrowserFixture.ScreenshotAsync(leader, "preview-link-02-leader-reads-draft-phone");

        await editor.GotoAsync(itemUrl);
        await Expect(links.Nth(1)).ToContainTextAsync("mở lần cuối");
        await links.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToContainTextAsync("Đã thu hồi liên kết xem trước");
        await Expect(links).ToHaveCountAsync(1);
        await Expect(editor.Locator(".preview-links-ended")).ToContainTextAsync($"Đã thu hồi bởi {Cluster42People.Editor}");

        await leader.ReloadAsync();
        await Expect(leader.Locator("h1")).ToHaveTextAsync(Gone);
        await Expect(leader.Locator("main")).Not.ToContainTextAsync(Title);
        await BrowserFixture.ExpectFitsTheScreenAsync(leader);
        await BrowserFixture.ScreenshotAsync(leader, "preview-link-03-revoked-phone");

        await leader.GotoAsync(dayLink);
        await Expect(leader.Locator("h1")).ToHaveTextAsync(Title);
        clock.Now += TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1);
        await leader.ReloadAsync();
        await Expect(leader.Locator("h1")).ToHaveTextAsync(Gone);
        await BrowserFixture.ScreenshotAsync(leader, "preview-link-04-expired-phone");

        // A day later the phone's session has ended too: the editor looks again from a desktop.
        await using var deskContext = await browser.NewContextAsync(Device.Desktop, portal);
        var desk = await deskContext.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, Cluster42People.Editor, Cluster42People.Password);
        await desk.GotoAsync(itemUrl);
        await Expect(desk.Locator(".preview-links-ended")).ToContainTextAsync("Hết hạn lúc");
        await Expect(desk.Locator(".preview-link")).ToHaveCountAsync(0);
        await desk.GetByText("Liên kết đã hết hiệu lực (2)").ClickAsync();
        await Expect(desk.Locator(".preview-links-ended li").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(desk, "preview-link-05-item-page-desktop");
    }
}
