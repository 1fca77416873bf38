using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

[CollectionDefinition(Name)]
public sealed class PublicJourneyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "public journeys";
}

/// <summary>What a reader sees of the demo site in a real browser, one screenshot per step.</summary>
[Collection(PublicJourneyCollection.Name)]
public sealed class PublicJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_reader_on_a_phone_goes_from_the_latest_news_to_an_award_decision()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        var cards = page.Locator(".card");
        await Expect(cards.First).ToBeVisibleAsync();
        // The theme's stylesheet is served: the header has the portal's red.
        await Expect(page.Locator(".site-header")).ToHaveCSSAsync("background-color", "rgb(164, 22, 26)");
        await ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-01-home-phone");

        var newsTitle = (await cards.First.Locator(".card-title").InnerTextAsync()).Trim();
        await cards.First.Locator("a.card-link").TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tin-tuc/[^/?]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(newsTitle);
        await ExpectPhotosShownAsync(page.Locator(".article figure img"));
        await ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-02-write-up-phone");

        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Văn bản");
        await Expect(page.Locator(".docs .doc-row").First).ToBeVisibleAsync();
        await ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-03-documents-phone");

        await page.Locator("select[name=loai]").SelectOptionAsync(new SelectOptionValue { Label = "Quyết định khen thưởng" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]loai=AwardDecision(&|$)"));
        var decisions = page.Locator(".docs .doc-row");
        await Expect(decisions.First).ToBeVisibleAsync();
        var kinds = await decisions.Locator(".doc-kind").AllInnerTextsAsync();
        Assert.Equal(await decisions.CountAsync(), kinds.Count);
        Assert.All(kinds, kind => Assert.Equal("Quyết định khen thưởng", kind.Trim()));
        await Expect(page.Locator("select[name=loai]")).ToHaveValueAsync("AwardDecision");
        await ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-04-award-decisions-phone");

        var decisionLink = decisions.First.Locator("a.doc-title");
        var decisionTitle = (await decisionLink.InnerTextAsync()).Trim();
        await decisionLink.TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban/[^/?]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(decisionTitle);
        var awards = page.Locator("table.awards tbody tr");
        await Expect(awards.First).ToBeVisibleAsync();
        var awardCount = await awards.CountAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Danh sách khen thưởng ({awardCount})" })).ToBeVisibleAsync();
        foreach (var cells in await awards.EvaluateAllAsync<string[][]>("rows => rows.map(r => Array.from(r.cells, c => c.innerText.trim()))"))
        {
            Assert.Equal(4, cells.Length);
            Assert.All(cells.Take(3), cell => Assert.NotEmpty(cell));
        }
        await ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-05-award-decision-phone");
    }

    [BrowserFact]
    public async Task On_a_desktop_screen_the_home_page_lays_the_news_out_in_three_columns()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        var cards = page.Locator(".card");
        await Expect(cards.Nth(2)).ToBeVisibleAsync();
        var tops = new List<float>();
        for (var i = 0; i < 4; i++)
        {
            var box = await cards.Nth(i).BoundingBoxAsync();
            tops.Add(box!.Y);
        }
        Assert.Equal(tops[0], tops[1]);
        Assert.Equal(tops[0], tops[2]);
        Assert.True(tops[3] > tops[0], "The fourth card starts a second row.");
        await ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "home-desktop");
    }

    /// <summary>A page wider than the screen makes a phone reader scroll sideways for every line.</summary>
    private static async Task ExpectFitsTheScreenAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow} px wider than the screen.");
    }

    /// <summary>Each photo is brought into view (they load lazily) and must have arrived as a real image.</summary>
    private static async Task ExpectPhotosShownAsync(ILocator photos)
    {
        var all = await photos.AllAsync();
        Assert.NotEmpty(all);
        foreach (var photo in all)
        {
            await photo.ScrollIntoViewIfNeededAsync();
            await Expect(photo).ToHaveJSPropertyAsync("complete", true);
            var width = await photo.EvaluateAsync<int>("img => img.naturalWidth");
            Assert.True(width > 0, $"The photo {await photo.GetAttributeAsync("src")} did not load.");
        }
    }
}
