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
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-01-home-phone");

        var newsTitle = (await cards.First.Locator(".card-title").InnerTextAsync()).Trim();
        await cards.First.Locator("a.card-link").TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tin-tuc/[^/?]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(newsTitle);
        await ExpectPhotosShownAsync(page.Locator(".article figure img"));
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-02-write-up-phone");

        await page.Locator(".menu-button").TapAsync();
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Văn bản");
        await Expect(page.Locator("table.doc-table tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-03-documents-phone");

        await page.Locator("select[name=loai]").SelectOptionAsync(new SelectOptionValue { Label = "Quyết định khen thưởng" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]loai=AwardDecision(&|$)"));
        var decisions = page.Locator("table.doc-table tbody tr");
        await Expect(decisions.First).ToBeVisibleAsync();
        var kinds = await decisions.Locator(".doc-kind").AllInnerTextsAsync();
        Assert.Equal(await decisions.CountAsync(), kinds.Count);
        Assert.All(kinds, kind => Assert.Equal("Quyết định khen thưởng", kind.Trim()));
        await Expect(page.Locator("select[name=loai]")).ToHaveValueAsync("AwardDecision");
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
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
            Assert.Equal(3, cells.Length);
            Assert.All(cells.Take(2), cell => Assert.NotEmpty(cell));
        }
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "reader-05-award-decision-phone");
    }

    [BrowserFact]
    public async Task On_a_desktop_screen_the_home_page_sets_the_lead_story_and_its_rows_beside_the_newest_documents()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        var lead = (await page.Locator(".home-news .card-lead").BoundingBoxAsync())!;
        var rows = page.Locator(".home-news .card-row");
        await Expect(rows.First).ToBeVisibleAsync();
        var firstRow = (await rows.First.BoundingBoxAsync())!;
        var firstRowPhoto = (await rows.First.Locator(".card-photo").BoundingBoxAsync())!;
        var news = (await page.Locator(".home-news").BoundingBoxAsync())!;
        var documents = (await page.Locator(".home-documents").BoundingBoxAsync())!;
        var clusters = (await page.Locator(".cluster-list").BoundingBoxAsync())!;
        Assert.True(firstRow.Y >= lead.Y + lead.Height, "The compact rows follow the lead story.");
        Assert.True(firstRowPhoto.Width < firstRow.Width / 3, "A row's thumbnail stands beside its title.");
        Assert.True(documents.X >= lead.X + lead.Width, "The newest documents stand beside the news.");
        Assert.Equal(news.Y, documents.Y);
        Assert.True(clusters.Y > firstRow.Y, "The clusters come last.");
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "home-desktop");
    }

    [BrowserFact]
    public async Task A_reader_on_a_phone_looks_up_a_person_by_a_name_typed_without_diacritics_and_opens_the_unit_s_page()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        // The sections wait behind the menu button; the site's name leads home.
        await Expect(page.Locator("nav.site-nav")).ToBeHiddenAsync();
        await Expect(page.Locator("a.brand")).ToHaveAttributeAsync("href", "/");
        await page.Locator(".menu-button").TapAsync();
        await Expect(page.Locator(".menu-button")).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Khen thưởng", Exact = true }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/khen-thuong$"));
        await page.Locator("input[name=q]").FillAsync("hoang thi thu trang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=hoang\\+thi\\+thu\\+trang"));
        var lines = page.Locator("table.award-lines tbody tr");
        await Expect(lines.First).ToBeVisibleAsync();
        Assert.All(await lines.Locator("td[data-label='Cá nhân']").AllInnerTextsAsync(), name => Assert.Equal("Hoàng Thị Thu Trang", name.Trim()));
        await Expect(page.Locator(".streaks")).ToContainTextAsync("Chiến sĩ thi đua cơ sở: 2023, 2024, 2025 — 3 năm liên tục");
        // Each award is a block of labelled cells, one under another, not a squeezed row.
        var cellTops = await lines.First.Locator("td").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().top)");
        Assert.Equal(cellTops.Order(), cellTops);
        Assert.Equal(cellTops.Length, cellTops.Distinct().Count());
        // What was found comes first; the counts to narrow it follow.
        Assert.True((await page.Locator("section.results").BoundingBoxAsync())!.Y < (await page.Locator("aside.facets").BoundingBoxAsync())!.Y);
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "awards-01-look-up-phone");

        var unitLink = lines.First.Locator("a[href^='/don-vi/']");
        var unitName = (await unitLink.InnerTextAsync()).Trim();
        await unitLink.TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/don-vi/[^/?]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(unitName);
        await Expect(page.Locator("table.unit-terms")).ToBeVisibleAsync();
        await Expect(page.Locator(".streaks")).ToContainTextAsync("Hoàng Thị Thu Trang");
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "awards-02-unit-phone");
    }

    [BrowserFact]
    public async Task A_reader_on_a_phone_sees_every_statistics_chart_and_its_numbers_within_the_screen()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/thong-ke");

        var charts = page.Locator("svg.chart");
        await Expect(charts.First).ToBeVisibleAsync();
        Assert.Equal(4, await charts.CountAsync());
        foreach (var chart in await charts.AllAsync())
        {
            await chart.ScrollIntoViewIfNeededAsync();
            var box = (await chart.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= Device.Phone.Width, $"A chart spans {box.X}–{box.X + box.Width} px.");
        }
        // Every table of numbers shows all its columns without scrolling inside its frame.
        var hidden = await page.Locator("table.chart-table").EvaluateAllAsync<int[]>("tables => tables.map(t => t.parentElement.scrollWidth - t.parentElement.clientWidth)");
        Assert.Equal(4, hidden.Length);
        Assert.All(hidden, width => Assert.True(width <= 0, $"A table of numbers hides {width} px."));
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "awards-03-statistics-phone");
    }

    [BrowserFact]
    public async Task On_a_desktop_screen_the_look_up_puts_its_counts_beside_the_results_and_the_menu_keeps_one_row()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/khen-thuong");

        var facets = (await page.Locator("aside.facets").BoundingBoxAsync())!;
        var results = (await page.Locator("section.results").BoundingBoxAsync())!;
        Assert.True(facets.X + facets.Width <= results.X, "The counts stand left of the results.");
        Assert.Equal(facets.Y, results.Y);
        var menuRows = await page.Locator("nav.site-nav a").EvaluateAllAsync<double[]>("links => links.map(a => Math.round(a.getBoundingClientRect().top))");
        Assert.Equal(7, menuRows.Length);
        Assert.Single(menuRows.Distinct());
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "awards-04-look-up-desktop");

        await page.GotoAsync("/thong-ke");
        await Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "awards-05-statistics-desktop");
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
