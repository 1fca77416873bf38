using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>
/// What a reader finds on the public pages beyond their content: a document's file where it is looked for, a
/// write-up's neighbours and its cluster's other news, search filters as chips, a way on from a missing page.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed partial class ReaderPagesTests(DemoSite site)
{
    [Fact]
    public async Task The_documents_list_has_the_archive_s_columns_and_a_download_in_the_row_of_each_document_with_a_file()
    {
        var page = await site.GetDocumentAsync("/van-ban");

        Assert.Equal(["Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tải về"], page.QuerySelectorAll("table.doc-table thead th").Select(th => th.TextContent.Trim()));
        var rows = page.QuerySelectorAll("table.doc-table tbody tr");
        Assert.NotEmpty(rows);
        var withFile = rows.Where(r => r.QuerySelector("a.download-link") is not null).ToList();
        Assert.NotEmpty(withFile);
        foreach (var row in withFile)
        {
            var download = row.QuerySelector("a.download-link")!;
            Assert.StartsWith("/media/", download.GetAttribute("href"));
            Assert.True(download.HasAttribute("download"));
            Assert.Matches(FileSize(), download.TextContent);
            // Screen readers hear which document a "Tải về" fetches.
            Assert.Contains(":", download.QuerySelector(".visually-hidden")!.TextContent);
            var documentPage = await site.GetDocumentAsync(row.QuerySelector("a.doc-title")!.GetAttribute("href")!);
            var first = documentPage.QuerySelector("dl.facts > div")!;
            Assert.Equal("fact-file", first.ClassName);
            Assert.Equal(download.GetAttribute("href"), first.QuerySelector("a.download-button")!.GetAttribute("href"));
        }
        // A document without a file has no download, in its row or at the top of its page.
        var withoutFile = rows.First(r => r.QuerySelector("a.download-link") is null);
        var bare = await site.GetDocumentAsync(withoutFile.QuerySelector("a.doc-title")!.GetAttribute("href")!);
        Assert.Null(bare.QuerySelector("a.download-button"));
        Assert.All(rows, row => Assert.Equal("doc-number", row.QuerySelector("td")!.ClassName));
    }

    [Fact]
    public async Task A_write_up_links_its_neighbours_in_the_news_list_s_order_and_its_cluster_s_other_write_ups()
    {
        var list = (await site.GetDocumentAsync("/tin-tuc")).QuerySelectorAll("a.card-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(list.Count >= 3, "The demo has at least three write-ups.");

        for (var i = 0; i < 3; i++)
        {
            var page = await site.GetDocumentAsync(list[i]);
            Assert.Equal(i == 0 ? null : list[i - 1], page.QuerySelector("nav.prev-next a.next")?.GetAttribute("href"));
            Assert.Equal(list[i + 1], page.QuerySelector("nav.prev-next a.prev")?.GetAttribute("href"));

            var cluster = page.QuerySelector(".article a.tag")!.TextContent.Trim();
            var related = page.QuerySelectorAll("section.related .card");
            Assert.InRange(related.Length, 0, 4);
            Assert.All(related, card =>
            {
                Assert.Equal(cluster, card.QuerySelector(".tag")!.TextContent.Trim());
                Assert.NotEqual(list[i], card.QuerySelector("a")!.GetAttribute("href"));
            });
            var posted = page.QuerySelector(".posted time")!;
            Assert.Matches(PostedAt(), posted.TextContent);
            Assert.True(DateTimeOffset.TryParse(posted.GetAttribute("datetime"), out _));
        }
    }

    [Fact]
    public async Task Neighbours_follow_the_list_through_same_day_write_ups_and_skip_drafts()
    {
        using var fresh = PortalFactory.Fresh(demoContent: false);
        var items = new[] { ("a", "2025-12-01", "Published"), ("b", "2025-12-10", "Published"), ("c", "2025-12-10", "Published"),
            ("e", "2025-12-15", "Draft"), ("d", "2025-12-20", "Published") }.Select(item =>
        {
            var (id, date, status) = item;
            var conference = TestRecipes.Conference(id, $"Bài {id}", status: status);
            conference["slug"] = $"bai-{id}";
            conference["date"] = date;
            return conference;
        }).ToArray();
        await fresh.Service<EmulationPortal.Core.Recipes.RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(items)));

        var list = (await fresh.GetDocumentAsync("/tin-tuc")).QuerySelectorAll("a.card-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, list.Count);
        Assert.Equal("/tin-tuc/bai-d", list[0]);
        Assert.Equal("/tin-tuc/bai-a", list[3]);
        for (var i = 0; i < list.Count; i++)
        {
            var page = await fresh.GetDocumentAsync(list[i]);
            Assert.Equal(i == 0 ? null : list[i - 1], page.QuerySelector("nav.prev-next a.next")?.GetAttribute("href"));
            Assert.Equal(i == list.Count - 1 ? null : list[i + 1], page.QuerySelector("nav.prev-next a.prev")?.GetAttribute("href"));
            Assert.DoesNotContain("bai-e", page.DocumentElement.OuterHtml);
        }
    }

    [Fact]
    public async Task Chosen_search_filters_are_chips_each_removing_only_itself_and_the_filters_fold_with_their_count()
    {
        var page = await site.GetDocumentAsync("/tim-kiem?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh&loai=AwardDecision&nam=2025&sap-xep=ngay");

        Assert.Equal("Lọc kết quả (2 đang chọn)", page.QuerySelector("details.filter-panel > summary")!.TextContent.Trim());
        Assert.False(page.QuerySelector("details.filter-panel")!.HasAttribute("open"));
        var chips = page.QuerySelectorAll("ul.chips a.chip").ToDictionary(a => a.TextContent.Replace("×", "").Trim(), a => Query(a.GetAttribute("href")!));
        Assert.Equal(["Loại: Quyết định khen thưởng", "Năm: 2025", "Bỏ tất cả bộ lọc"], chips.Keys);
        Assert.Equal(new Dictionary<string, string> { ["q"] = "quyết định", ["nam"] = "2025", ["sap-xep"] = "ngay" }, chips["Loại: Quyết định khen thưởng"]);
        Assert.Equal(new Dictionary<string, string> { ["q"] = "quyết định", ["loai"] = "AwardDecision", ["sap-xep"] = "ngay" }, chips["Năm: 2025"]);
        Assert.Equal(new Dictionary<string, string> { ["q"] = "quyết định", ["sap-xep"] = "ngay" }, chips["Bỏ tất cả bộ lọc"]);

        var unfiltered = await site.GetDocumentAsync("/tim-kiem?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh");
        Assert.Empty(unfiltered.QuerySelectorAll("ul.chips"));
        Assert.Equal("Lọc kết quả", unfiltered.QuerySelector("details.filter-panel > summary")!.TextContent.Trim());
        var years = unfiltered.QuerySelectorAll("aside.facets section.facet")
            .Single(f => f.QuerySelector("h2")!.TextContent == "Năm").QuerySelectorAll("li a").Select(a => int.Parse(a.TextContent)).ToList();
        Assert.True(years.Count > 1);
        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public async Task The_home_page_leads_with_one_story_then_compact_rows_then_documents_and_ends_with_the_clusters()
    {
        var page = await site.GetDocumentAsync("/");

        Assert.Single(page.QuerySelectorAll(".home-news .card-lead"));
        Assert.Equal(5, page.QuerySelectorAll(".home-news .news-rows .card-row").Length);
        Assert.NotNull(page.QuerySelector(".card-lead .card-excerpt"));
        var sections = page.QuerySelectorAll(".home-news, .home-documents, .cluster-list").Select(e => e.ClassName!.Split(' ')[0]).ToList();
        Assert.Equal(["home-news", "home-documents", "cluster-list"], sections);
        // The lead story's photo is fetched first; the rows' photos wait until scrolled to.
        Assert.Equal("eager", page.QuerySelector(".card-lead img")!.GetAttribute("loading"));
        Assert.All(page.QuerySelectorAll(".card-row img"), img => Assert.Equal("lazy", img.GetAttribute("loading")));
    }

    [Fact]
    public async Task A_missing_page_offers_a_search_and_two_ways_on()
    {
        var response = await site.CreateClient().GetAsync("/trang-khong-co");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);

        var form = page.QuerySelector(".error-page form[role=search]")!;
        Assert.Equal("/tim-kiem", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.Equal(["/", "/van-ban"], page.QuerySelectorAll(".error-actions a.button").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Every_public_page_has_the_menu_button_that_opens_the_sections_without_script()
    {
        var page = await site.GetDocumentAsync("/");

        var button = page.QuerySelector("header .menu-button")!;
        Assert.Equal("#dieu-huong", button.GetAttribute("href"));
        Assert.Equal("dieu-huong", button.GetAttribute("aria-controls"));
        Assert.NotNull(page.QuerySelector("nav#dieu-huong.site-nav"));
        Assert.Equal("/tim-kiem", page.QuerySelector("header .header-search-link")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("/js/site.", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Query(string url) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://localhost" + url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [GeneratedRegex(@"\((PDF|DOCX?|TXT), \d+(,\d)? [KM]B\)")]
    private static partial Regex FileSize();

    [GeneratedRegex(@"^\d{2}:\d{2} ngày \d{2}/\d{2}/\d{4}$")]
    private static partial Regex PostedAt();
}
