using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// axe-core (carried in <c>Accessibility/axe.min.js</c>, MPL-2.0, from the npm registry; no network at test time) run on
/// every public page type and the admin's pages at a phone's and a desktop's size. Any serious or critical violation
/// fails, listed with its page, size, rule and elements; so does a public page wider than a phone's screen.
/// </summary>
[Collection(PublicJourneyCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private const string EditorName = "a11y-bientap";
    private const string Password = "Matkhau-a11y-2026";

    internal static readonly string AxeSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe.min.js"));

    private static readonly Device[] Sizes = [Device.Phone, Device.Desktop];

    [BrowserFact]
    public async Task Public_pages_have_no_serious_accessibility_violation_at_either_size_and_none_is_wider_than_a_phone()
    {
        var pages = await PublicPagesAsync();
        var problems = new List<string>();
        foreach (var size in Sizes)
        {
            await using var context = await NewAxeContextAsync(size);
            var page = await context.NewPageAsync();
            foreach (var url in pages)
            {
                await page.GotoAsync(url);
                problems.AddRange(await ViolationsAsync(page, url, size));
                if (size == Device.Phone)
                {
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow > 0)
                    {
                        problems.Add($"{url} at {Name(size)}: {overflow} px wider than the screen");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, $"{pages.Count} pages checked; problems:\n" + string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task The_admin_s_pages_have_no_serious_accessibility_violation_for_an_administrator_or_an_editor()
    {
        await browser.Portal.AddUsersAsync(new JsonObject
        {
            ["userName"] = EditorName,
            ["displayName"] = "Biên tập viên kiểm tra trợ năng",
            ["password"] = Password,
            ["clusters"] = new JsonArray(new JsonObject { ["cluster"] = Cluster42People.Cluster, ["role"] = "Editor" }),
        });
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var (userName, password) in new[] { (PortalServer.AdminUserName, PortalServer.AdminPassword), (EditorName, Password) })
        {
            foreach (var size in Sizes)
            {
                await using var context = await NewAxeContextAsync(size);
                var page = await context.NewPageAsync();
                await BrowserFixture.SignInAsync(page, userName, password);
                foreach (var url in await AdminPages.ListAsync(page))
                {
                    await page.GotoAsync(url);
                    problems.AddRange(await ViolationsAsync(page, $"{url} ({userName})", size));
                    checkedPages++;
                }
            }
        }
        Assert.True(problems.Count == 0, $"{checkedPages} admin pages checked; problems:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// The "Kiểm tra trước khi gửi duyệt" panel with warnings, in the editor and on the item page, at 390 and 1280 px:
    /// no serious violation, no sideways scroll on the phone, and a finding in the body selects its line in the editor.
    /// </summary>
    [BrowserFact]
    public async Task The_checks_before_review_panel_passes_axe_in_the_editor_and_on_the_item_page_and_leads_to_the_line()
    {
        const string body = "Sáng 20/12/2025, các đơn vị trong Cụm thi đua số 42 tổ chức hội nghị tổng kết.\n\n# Kết quả\n\n"
            + "Kế hoạch năm 2026 xem [tại đây](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-2026).\n\n"
            + "ĐỀ NGHỊ CÁC ĐƠN VỊ GỬI BÁO CÁO TỔNG KẾT VỀ VĂN PHÒNG CỤM TRƯỚC NGÀY 31/12/2025.";
        string itemUrl;
        await using (var writer = await browser.NewContextAsync(Device.Desktop))
        {
            var page = await writer.NewPageAsync();
            await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);
            await page.GotoAsync($"/admin/tin-tuc/tao?cum={Cluster42People.Cluster}");
            await Expect(page.Locator("#kiem-tra")).ToHaveCountAsync(0);
            await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Hội nghị");
            await page.Locator("select[name=ClusterId]").SelectOptionAsync(Cluster42People.Cluster);
            await page.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync("2025-12-20");
            await page.Locator("textarea[name=Body]").FillAsync(body);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
            await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
            itemUrl = new Uri(page.Url).PathAndQuery;
        }
        var problems = new List<string>();
        foreach (var (size, name) in new[] { (Device.Phone, "390"), (Device.Desktop with { Width = 1280 }, "1280") })
        {
            await using var context = await NewAxeContextAsync(size);
            var page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, PortalServer.AdminUserName, PortalServer.AdminPassword);
            await page.GotoAsync(itemUrl);
            await Expect(page.Locator("#kiem-tra li.finding")).ToHaveCountAsync(4);
            problems.AddRange(await ViolationsAsync(page, itemUrl, size));
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"review-checks-item-{name}");

            await page.Locator("#kiem-tra li[data-code=link-text-vague] a").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/sua#body$"));
            await Expect(page.Locator("#kiem-tra li.finding")).ToHaveCountAsync(4);
            problems.AddRange(await ViolationsAsync(page, page.Url, size));
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"review-checks-editor-{name}");

            await page.Locator("#kiem-tra li[data-code=all-caps] a").ClickAsync();
            await Expect(page.Locator("textarea#body")).ToBeFocusedAsync();
            var selected = await page.Locator("textarea#body").EvaluateAsync<string>("t => t.value.substring(t.selectionStart, t.selectionEnd)");
            Assert.StartsWith("ĐỀ NGHỊ CÁC ĐƠN VỊ", selected);
        }
        Assert.True(problems.Count == 0, "problems:\n" + string.Join("\n", problems));
    }

    /// <summary>One of each kind of public page, found through the lists' own links rather than known addresses.</summary>
    private async Task<List<string>> PublicPagesAsync()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        async Task<string> FirstLink(string list, string selector)
        {
            await page.GotoAsync(list);
            var href = await page.Locator(selector).First.GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(href), $"{list} has no link {selector}.");
            return href!;
        }
        var cluster = await FirstLink("/cum-thi-dua", ".cluster-list a");
        return
        [
            "/", "/tin-tuc", await FirstLink("/tin-tuc", "a.card-link"),
            "/cum-thi-dua", cluster, await FirstLink(cluster, ".year-nav a"),
            "/van-ban", "/van-ban?loai=AwardDecision&hieu-luc=con-hieu-luc",
            await FirstLink("/van-ban?loai=Plan", "a.doc-title"), await FirstLink("/van-ban?loai=AwardDecision", "a.doc-title"),
            await FirstLink("/van-ban?loai=Document", "a.doc-title"),
            "/tim-kiem", "/tim-kiem?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh+khen+th%C6%B0%E1%BB%9Fng&nam=2025", "/tim-kiem?q=xyzxyzkhongco",
            "/khen-thuong", "/khen-thuong?q=nguyen", await FirstLink("/khen-thuong", "a[href^='/don-vi/']"),
            "/thong-ke", "/lich", "/lay-y-kien", await FirstLink("/lay-y-kien", "a.consultation-title"),
            "/lien-he", "/gioi-thieu", "/en", "/trang-khong-co",
        ];
    }

    private async Task<CheckedContext> NewAxeContextAsync(Device size)
    {
        var context = await browser.NewContextAsync(size);
        // An init script runs before the page's own, outside its Content-Security-Policy, which a script tag would break.
        await context.Context.AddInitScriptAsync(AxeSource);
        return context;
    }

    internal static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string url, Device size)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, {
                    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                    resultTypes: ["violations"],
                });
                return result.violations
                    .filter(v => v.impact === "serious" || v.impact === "critical")
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")) }));
            }
            """);
        return result.EnumerateArray().Select(v =>
            $"{url} at {Name(size)}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()} — " +
            string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))).ToList();
    }

    private static string Name(Device size) => size == Device.Phone ? "phone" : "desktop";
}
