using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>Who runs the portal (Decree 42/2022/NĐ-CP): the footer and the contact page on a phone and a desktop, and the settings page.</summary>
[Collection(PublicJourneyCollection.Name)]
public sealed class SiteIdentityJourneyTests(BrowserFixture browser)
{
    private const string Agency = "Ban Thi đua – Khen thưởng tỉnh Nghệ An";

    [BrowserFact]
    public async Task A_reader_finds_who_runs_the_portal_from_the_footer_on_a_phone_and_a_desktop()
    {
        foreach (var (device, name) in new[] { (Device.Phone, "phone"), (Device.Desktop, "desktop") })
        {
            await using var context = await browser.NewContextAsync(device);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            var footer = page.Locator("footer.site-footer");
            await Expect(footer.Locator(".contact-agency")).ToContainTextAsync(Agency);
            await Expect(footer.Locator(".contact-phone a")).ToHaveAttributeAsync("href", "tel:02383844123");

            await footer.GetByRole(AriaRole.Link, new() { Name = "Liên hệ", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/lien-he$"));
            await Expect(page.Locator(".contact-card .contact-agency")).ToContainTextAsync(Agency);
            await Expect(page.Locator(".contact-logo img")).ToBeVisibleAsync();
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"site-01-contact-{name}");

            await page.Locator("footer.site-footer").GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"site-02-english-{name}");
        }
    }

    [BrowserFact]
    public async Task An_administrator_opens_the_site_settings_with_the_demo_values()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Thông tin cổng", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/thong-tin-cong$"));
        await Expect(page.Locator("input[name=Agency]")).ToHaveValueAsync(Agency);
        await Expect(page.Locator(".site-logo-preview")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "site-03-settings-desktop");
    }
}
