using System.Net;
using System.Text.Json;
using EmulationPortal.Core.Search;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>
/// The relevance set: queries people type (with and without diacritics, in capitals, by number or part
/// of one, phrases, exclusions) and the demo items each must bring to the top.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class SearchRelevanceTests(DemoSite site)
{
    public static TheoryData<string, string, int> Cases => new()
    {
        // Place names however they are typed.
        { "do luong", "hn-cum42-tong-ket-2025", 3 },
        { "Đô Lương", "hn-cum42-tong-ket-2025", 3 },
        { "ĐÔ LƯƠNG", "hn-cum42-tong-ket-2025", 3 },
        { "Do Luong", "hn-cum42-tong-ket-2025", 3 },
        // The commune's own decision names it in its title; the cluster's decision lists it among its awards.
        { "vinh loc", "qd-danh-hieu-xa-vinh-loc-2025", 1 },
        { "vinh loc", "qd-khen-thuong-cum12-2025", 5 },
        // Document numbers, whole, folded, reordered or in part; an exact number comes first.
        { "585/QĐ-UBND", "qd-khen-thuong-cum12-2025", 1 },
        { "585/QD-UBND", "qd-khen-thuong-cum12-2025", 1 },
        { "số 585/qđ-ubnd", "qd-khen-thuong-cum12-2025", 1 },
        { "qđ-ubnd 585", "qd-khen-thuong-cum12-2025", 3 },
        { "585", "qd-khen-thuong-cum12-2025", 3 },
        { "642/QĐ-UBND", "qd-khen-thuong-khoi-noi-chinh-2025", 1 },
        { "1052", "qd-khen-thuong-cum11-2024", 3 },
        { "05/KH-CTĐ12", "kh-cum12-tong-ket-2025", 1 },
        { "kh-ctd12", "kh-cum12-tong-ket-2025", 3 },
        { "15/QĐ-TKNA", "qd-danh-hieu-cum42-2025", 1 },
        // Awards by kind and by who received them; words typed with diacritics count as typed.
        { "cờ thi đua 2025", "qd-khen-thuong-cum12-2025", 3 },
        { "cờ thi đua 2025", "qd-khen-thuong-khoi-noi-chinh-2025", 5 },
        { "lao động xuất sắc", "qd-danh-hieu-cum42-2025", 3 },
        { "lao dong xuat sac thanh chuong", "qd-danh-hieu-cum42-2025", 1 },
        // Phrases and topics.
        { "\"giao ước thi đua\"", "hn-cum12-tong-ket-2025", 5 },
        { "hướng dẫn chấm điểm", "hd-khoi-noi-chinh-cham-diem-2025", 1 },
        { "huong dan cham diem", "hd-khoi-noi-chinh-cham-diem-2025", 1 },
        { "sơ kết 6 tháng", "hn-khoi-noi-chinh-so-ket-2025", 3 },
        { "kế hoạch tổng kết cụm 12", "kh-cum12-tong-ket-2025", 3 },
        { "ngành thống kê 2023", "hn-nganh-thong-ke-tong-ket-2023", 3 },
        { "hội làm vườn", "hn-cum11-tong-ket-2025", 5 },
        { "khối nội chính -\"sơ kết\"", "hn-khoi-noi-chinh-tong-ket-2025", 5 },
        { "doanh nhân trẻ OR đông y", "tb-cum11-ket-qua-tong-ket-2025", 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_query_brings_its_item_into_the_top_results(string query, string expected, int top)
    {
        var result = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = query, PageSize = top });

        Assert.Contains(expected, result.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_units_name_finds_every_decision_that_awards_it()
    {
        var result = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "cong an tinh nghe an", PageSize = 50 });

        var found = result.Hits.Select(h => h.Id).ToList();
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025 })
        {
            Assert.Contains($"qd-khen-thuong-khoi-noi-chinh-{year}", found);
        }
    }

    [Fact]
    public async Task A_name_repeated_down_an_award_list_does_not_outrank_the_write_up_about_it()
    {
        // Four years of the cluster's decisions each list Đô Lương's office on several lines; the conference it hosted is about it.
        var result = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "Đô Lương", PageSize = 1 });

        Assert.Equal("hn-cum42-tong-ket-2025", Assert.Single(result.Hits).Id);
    }

    [Fact]
    public async Task An_exclusion_removes_what_it_names()
    {
        var result = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "khối nội chính -\"sơ kết\"", PageSize = 50 });

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain("hn-khoi-noi-chinh-so-ket-2025", result.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task The_api_answers_in_its_documented_shape_with_facets_and_highlighted_snippets()
    {
        var response = await site.CreateClient().GetAsync("/api/search?q=c%E1%BB%9D%20thi%20%C4%91ua&type=AwardDecision&year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("cờ thi đua", root.GetProperty("query").GetString());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), hits.Count);
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal("AwardDecision", hit.GetProperty("type").GetString());
            Assert.StartsWith("/van-ban/", hit.GetProperty("url").GetString());
            Assert.True(DateOnly.TryParseExact(hit.GetProperty("date").GetString(), "yyyy-MM-dd", out _), "the date is an ISO date");
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("cluster").GetString()));
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        }
        var facets = root.GetProperty("facets");
        Assert.True(facets.GetProperty("type").GetProperty("AwardDecision").GetInt32() >= hits.Count);
        Assert.True(facets.GetProperty("type").EnumerateObject().Count() > 1, "the type facet counts the other types too");
        Assert.Equal(hits.Count, facets.GetProperty("year").GetProperty("2025").GetInt32());
        Assert.True(facets.GetProperty("cluster").EnumerateObject().Any());
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first()
    {
        var result = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "thi đua", Sort = "date", PageSize = 50 });

        var dates = result.Hits.Select(h => h.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task The_search_page_shows_highlights_facet_links_and_a_pager_in_Vietnamese()
    {
        var page = await site.GetDocumentAsync("/tim-kiem?q=do+luong");

        Assert.Contains("kết quả", page.QuerySelector(".result-count")!.TextContent);
        Assert.Contains("Đô Lương", page.QuerySelectorAll(".hit mark").Select(m => m.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll(".facet a[href*='loai=']"));
        Assert.Equal("do luong", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("do luong", "/don-vi/tk-do-luong")]
    [InlineData("Chi cục Thống kê Đô Lương 2025", "/don-vi/tk-do-luong")]
    [InlineData("\"thanh vinh\" -hoi", "/don-vi/xa-thanh-vinh")]
    public async Task A_unit_searched_for_by_name_or_alias_links_to_its_page_above_the_results(string query, string unitPage)
    {
        var page = await site.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString(query));

        var units = page.QuerySelectorAll(".unit-matches a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(unitPage, units);
        Assert.True(units.Count <= EmulationPortal.Search.Controllers.SearchController.UnitMatches);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await site.CreateClient().GetAsync(unitPage)).StatusCode);
    }

    [Theory]
    [InlineData("1197/QĐ-UBND")]
    [InlineData("-luong")]
    [InlineData("khen thưởng")]
    public async Task A_search_naming_no_unit_lists_none(string query)
    {
        var page = await site.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString(query));

        Assert.Null(page.QuerySelector(".unit-matches"));
    }
}
