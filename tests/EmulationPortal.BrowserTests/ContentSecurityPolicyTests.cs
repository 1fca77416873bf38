using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The portal's Content-Security-Policy refuses inline script and style: the admin screens still look and
/// work as they should under it (their contexts fail the test on any refusal), and what slips into a page
/// does not run.
/// </summary>
[Collection(PublicJourneyCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_administrator_goes_through_the_admin_screens_with_nothing_refused()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);

        await page.GotoAsync("/admin/noi-dung");
        // The toolbar's spacing comes from the stylesheet now, not a style attribute.
        await Expect(page.Locator(".actions.toolbar")).ToHaveCSSAsync("margin-bottom", "14px");
        await page.Locator("table.list tbody a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/noi-dung/[^/]+$"));

        await page.GotoAsync("/admin/nguoi-dung");
        await page.Locator("table.list tbody a").First.ClickAsync();
        await Expect(page.Locator("h2.flush").First).ToHaveCSSAsync("margin-top", "0px");
        await Expect(page.Locator("label.plain").First).ToHaveCSSAsync("font-weight", "400");
        await BrowserFixture.ScreenshotAsync(page, "csp-01-user-editor");

        await page.GotoAsync("/admin/cum-thi-dua");
        await page.Locator("table.list tbody a").First.ClickAsync();
        await Expect(page.Locator("#them-nam h2.flush")).ToHaveCSSAsync("margin-top", "0px");
        await Expect(page.Locator("input.short")).ToHaveCSSAsync("max-width", new Regex(@"^[\d.]+px$"));
        await BrowserFixture.ScreenshotAsync(page, "csp-02-cluster-editor");

        await page.GotoAsync("/admin/don-vi");
        await page.Locator("table.list tbody a").First.ClickAsync();
        await Expect(page.Locator("form.narrow")).ToHaveCSSAsync("max-width", "720px");

        await page.GotoAsync("/admin/thong-bao");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Thông báo");
        // The stylesheet, not a style attribute, spaces the badge from its text.
        await Expect(page.Locator(".admin-header a.admin-badge")).ToHaveCSSAsync("column-gap", "6px");
        await page.GotoAsync("/admin/tai-khoan");
        await Expect(page.Locator("input[name=EmailNotifications]")).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "csp-03-account");
    }

    [BrowserFact]
    public async Task A_script_slipped_into_a_page_does_not_run()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tin-tuc");

        // What a hole in the Markdown filter would let through: a handler in an attribute.
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<img src=\"/khong-co.png\" onerror=\"document.body.dataset.ran = 1\">')"),
            new() { Predicate = message => message.Text.Contains("Content Security Policy violation: script-src-attr", StringComparison.Ordinal) });

        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ran"));
        Assert.NotEmpty(context.TakeProblems());
    }
}
