using Microsoft.Playwright;

namespace EmulationPortal.BrowserTests;

/// <summary>The admin's pages a signed-in person reaches, found through the menu's own links rather than known addresses.</summary>
public static class AdminPages
{
    /// <summary>The dashboard, every page its menu leads to, and the first listed item's page.</summary>
    public static async Task<List<string>> ListAsync(IPage page)
    {
        await page.GotoAsync("/admin");
        var menu = await page.Locator("a[href^='/admin']").EvaluateAllAsync<string[]>(
            "links => links.map(a => a.getAttribute('href')).filter(h => !h.includes('dang-xuat') && !h.includes('xem-truoc'))");
        var pages = new List<string> { "/admin" };
        pages.AddRange(menu.Select(h => h.Split('#')[0]).Distinct().Where(h => h != "/admin").Take(14));
        foreach (var url in pages.ToList())
        {
            await page.GotoAsync(url);
            var item = page.Locator("table a[href*='/admin/'][href*='/sua'], table a[href^='/admin/noi-dung/']").First;
            if (await item.CountAsync() > 0)
            {
                pages.Add((await item.GetAttributeAsync("href"))!);
                break;
            }
        }
        return pages.Distinct().ToList();
    }
}
