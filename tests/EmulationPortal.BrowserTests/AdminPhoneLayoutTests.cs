using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The admin on a 390 px phone, where office staff check and approve between meetings: a one-row header whose menu
/// button opens the rest, every page without sideways scrolling (tables become blocks), and targets a thumb can hit.
/// </summary>
[Collection(PublicJourneyCollection.Name)]
public sealed class AdminPhoneLayoutTests(BrowserFixture browser)
{
    private const int MostHeaderHeight = 64;

    /// <summary>WCAG 2.2's minimum target size (2.5.8), in CSS pixels.</summary>
    private const int LeastTarget = 24;

    [BrowserFact]
    public async Task On_a_phone_the_admin_header_is_one_row_whose_menu_button_opens_and_closes_the_menu()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);

        foreach (var url in new[] { "/admin", "/admin/noi-dung", "/admin/thong-bao" })
        {
            await page.GotoAsync(url);
            var header = (await page.Locator(".admin-header").BoundingBoxAsync())!;
            Assert.True(header.Height <= MostHeaderHeight, $"The admin header of {url} is {header.Height} px tall.");
            await Expect(page.Locator("nav.admin-nav")).ToBeHiddenAsync();
            await Expect(page.Locator(".admin-header a.admin-badge")).ToBeVisibleAsync();
        }

        var button = page.Locator(".admin-menu-button");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var menuLinks = page.Locator("#quan-tri-menu a, #quan-tri-menu button");
        await Expect(menuLinks.First).ToBeVisibleAsync();
        foreach (var height in await menuLinks.EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)"))
        {
            Assert.True(height >= LeastTarget, $"A menu entry is {height} px tall, a hard target for a thumb.");
        }
        await BrowserFixture.ScreenshotAsync(page, "admin-phone-01-menu-open");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("nav.admin-nav")).ToBeHiddenAsync();
        await Expect(button).ToBeFocusedAsync();

        await button.TapAsync();
        await page.Locator("nav.admin-nav").GetByRole(AriaRole.Link, new() { Name = "Nội dung", Exact = true }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/noi-dung$"));
        await Expect(page.Locator("nav.admin-nav")).ToBeHiddenAsync();

        await using var desktopContext = await browser.NewContextAsync(Device.Desktop);
        var desktop = await desktopContext.NewPageAsync();
        await BrowserFixture.SignInAsync(desktop, PortalServer.AdminUserName, PortalServer.AdminPassword);
        await desktop.GotoAsync("/admin/noi-dung");
        await Expect(desktop.Locator("nav.admin-nav")).ToBeVisibleAsync();
        await Expect(desktop.Locator(".admin-menu-button")).ToBeHiddenAsync();
        await Expect(desktop.Locator("details.create-menu")).ToHaveAttributeAsync("open", "");
        await BrowserFixture.ScreenshotAsync(desktop, "admin-desktop-01-content-list");
    }

    [BrowserFact]
    public async Task Without_script_the_menu_button_still_opens_the_menu()
    {
        await using var context = await browser.NewContextAsync(Device.Phone, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);

        await Expect(page.Locator("nav.admin-nav")).ToBeHiddenAsync();
        await page.Locator(".admin-menu-button").TapAsync();
        await Expect(page.Locator("nav.admin-nav")).ToBeVisibleAsync();
        await Expect(page.Locator("#quan-tri-menu").GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Every_admin_page_fits_a_phone_with_its_tables_as_blocks_and_targets_a_thumb_can_hit()
    {
        await Cluster42People.AddAsync(browser.Portal);
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var (userName, password) in new[] { (PortalServer.AdminUserName, PortalServer.AdminPassword), (Cluster42People.Editor, Cluster42People.Password) })
        {
            await using var context = await browser.NewContextAsync(Device.Phone);
            var page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, userName, password);
            foreach (var url in await PhonePagesAsync(page))
            {
                await page.GotoAsync(url);
                problems.AddRange((await LayoutProblemsAsync(page)).Select(problem => $"{url} ({userName}): {problem}"));
                checkedPages++;
                if (url == "/admin/noi-dung" && userName == Cluster42People.Editor)
                {
                    await BrowserFixture.ScreenshotAsync(page, "admin-phone-02-content-list");
                }
            }
        }
        Assert.True(checkedPages >= 12, $"Only {checkedPages} admin pages were found to check.");
        Assert.True(problems.Count == 0, $"{checkedPages} admin pages checked at 390 px; problems:\n" + string.Join("\n", problems));
    }

    /// <summary>The menu's pages, an item's page, its editor and its comparison, and the forms for a new item.</summary>
    private static async Task<List<string>> PhonePagesAsync(IPage page)
    {
        var pages = await AdminPages.ListAsync(page);
        await page.GotoAsync("/admin/noi-dung");
        pages.AddRange(await page.Locator("a.button[href*='/tao']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        var item = pages.FirstOrDefault(url => Regex.IsMatch(url, "^/admin/noi-dung/[^/?]+$"));
        if (item is not null)
        {
            await page.GotoAsync(item);
            pages.AddRange(await page.Locator(".admin-main a[href*='/sua'], .admin-main a[href*='/so-sanh']")
                .EvaluateAllAsync<string[]>("links => links.slice(0, 3).map(a => a.getAttribute('href'))"));
        }
        return pages.Distinct().ToList();
    }

    /// <summary>
    /// What makes a page hard on a phone: sideways scrolling of the page or of a table, and controls smaller than 24 px
    /// (a link inside a sentence is exempt, as WCAG exempts it, but not one in a row of actions; so is a checkbox whose label is the larger target).
    /// </summary>
    private static async Task<IEnumerable<string>> LayoutProblemsAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement>("""
            least => {
                const problems = [];
                const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
                if (overflow > 0) problems.push(`the page is ${overflow} px wider than the screen`);
                document.querySelectorAll(".table-wrap, table").forEach(box => {
                    if (box.scrollWidth - box.clientWidth > 1) problems.push(`a table scrolls sideways by ${box.scrollWidth - box.clientWidth} px`);
                });
                const visible = el => {
                    const r = el.getBoundingClientRect();
                    const style = getComputedStyle(el);
                    return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && !el.closest(".visually-hidden");
                };
                // A link is in a sentence when the nearest box around it (past inline elements) holds more text
                // than the link and lays its content out as text, not as a row or grid of controls.
                const inSentence = el => {
                    let box = el.parentElement;
                    while (box && getComputedStyle(box).display === "inline") box = box.parentElement;
                    if (!box || /flex|grid/.test(getComputedStyle(box).display)) return false;
                    return box.textContent.trim().length > el.textContent.trim().length + 1;
                };
                document.querySelectorAll(".admin-header a, .admin-header button, .admin-main a, .admin-main button, .admin-main input:not([type=hidden]), .admin-main select, .admin-main textarea, .admin-main summary").forEach(el => {
                    if (!visible(el)) return;
                    const r = el.getBoundingClientRect();
                    if (r.height >= least && r.width >= least) return;
                    if (el.tagName === "A" && inSentence(el)) return;
                    if ((el.type === "checkbox" || el.type === "radio") && el.closest("label") && el.closest("label").getBoundingClientRect().height >= least) return;
                    const name = (el.textContent || el.getAttribute("aria-label") || el.name || "").trim().replace(/\s+/g, " ").slice(0, 40);
                    problems.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(r.width)}×${Math.round(r.height)} px`);
                });
                return [...new Set(problems)];
            }
            """, LeastTarget);
        return found.EnumerateArray().Select(problem => problem.GetString()!).ToList();
    }
}
