using System.Net;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.Search.Services;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>One site on the Lucene engine with a handful of items whose words the tests type, misspell and fold.</summary>
public sealed class SuggestionSite : IAsyncLifetime
{
    public const string StaffName = "canbo-goi-y", StaffPassword = "Matkhau-goiy-2026";

    public PortalFactory Site { get; } = PortalFactory.Fresh(demoContent: false);

    private static JsonObject Document(string type, string id, string number, string date, string title, string issuer, string body) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["cluster"] = TestRecipes.ClusterId,
        ["title"] = title,
        ["status"] = "Published",
        ["number"] = number,
        ["issuedOn"] = date,
        ["issuer"] = issuer,
        ["summary"] = title,
        ["body"] = body,
    };

    public async Task InitializeAsync()
    {
        var decision = Document("AwardDecision", "qd-2871", "2871/QĐ-UBND", "2025-06-10",
            "Quyết định khen thưởng tập thể, cá nhân có thành tích xuất sắc năm 2025", "Ủy ban nhân dân tỉnh Nghệ An",
            "Điều 1. Tặng danh hiệu Lao động tiên tiến cho các tập thể, cá nhân có tên trong danh sách kèm theo.");
        decision["year"] = 2025;
        decision["awards"] = new JsonArray(
            new JsonObject { ["kind"] = "Lao động tiên tiến", ["recipientType"] = "Collective", ["recipient"] = "Thống kê Thanh Chương" },
            new JsonObject { ["kind"] = "Lao động tiên tiến", ["recipientType"] = "Individual", ["recipient"] = "Trần Thị Bình" });
        var rules = Document("Document", "quy-che-68", "68/2024/QĐ-UBND", "2024-03-01",
            "Ban hành Quy chế thi đua, khen thưởng", "Ủy ban nhân dân tỉnh Nghệ An", "Quy chế này quy định công tác thi đua, khen thưởng trong tỉnh.");
        // Newer, and holding every word typed in "quyet dinh khen th", but not side by side.
        var newer = Document("Document", "cong-van-512", "512/SNV-TĐKT", "2025-12-01",
            "Quyết định về việc khen tặng danh hiệu thi đua", "Sở Nội vụ tỉnh Nghệ An", "Văn bản mới.");
        var recipe = TestRecipes.WithContent(decision, rules, newer,
            TestRecipes.Conference("hoi-nghi-thanh-chuong", "Huyện Thanh Chương tổng kết phong trào thi đua khen thưởng",
                body: "Phong trào thi đua khen thưởng ở Thanh Chương được các đơn vị hưởng ứng."),
            // "đầu" is indexed, but never beside "thi" or "khen": "thi dau khen thuong" finds nothing.
            TestRecipes.Conference("hoi-nghi-dau-nam", "Hội nghị triển khai nhiệm vụ", body: "Triển khai nhiệm vụ đầu năm của cụm."),
            TestRecipes.Conference("bai-luu-tru", "Quyết định khen thưởng lưu trữ năm 2019", status: "Archived"));
        TestRecipes.WithUsers(recipe, TestRecipes.Person(StaffName, StaffPassword, ["Staff"]));
        await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The search box's completions (<c>/api/search/complete</c>) and "Có phải bạn muốn tìm …" on an empty result.</summary>
// Completion and spelling read the Lucene index and a few rows by key: the same on either database.
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class SearchSuggestionTests(SuggestionSite fixture) : IClassFixture<SuggestionSite>
{
    private readonly PortalFactory _site = fixture.Site;

    private static async Task<JsonArray> CompleteAsync(HttpClient client, string typed)
    {
        var response = await client.GetAsync($"/api/search/complete?q={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["suggestions"]!.AsArray();
    }

    private static (string Text, string Kind, string Url) First(JsonArray suggestions) =>
        ((string)suggestions[0]!["text"]!, (string)suggestions[0]!["kind"]!, (string)suggestions[0]!["url"]!);

    [Theory]
    // A newer title holds these words too, apart: the one holding them side by side, as typed, comes first.
    [InlineData("quyet dinh khen th")]
    [InlineData("Quyết định khen thưởng tập")]
    [InlineData("QUYET DINH KHEN THUONG ")]
    public async Task A_title_is_completed_from_folded_words_and_a_last_word_in_part(string typed)
    {
        var suggestions = await CompleteAsync(_site.CreateClient(), typed);

        var (text, kind, url) = First(suggestions);
        Assert.Equal("Quyết định khen thưởng tập thể, cá nhân có thành tích xuất sắc năm 2025", text);
        Assert.Equal("title", kind);
        Assert.Equal("Quyết định khen thưởng", (string)suggestions[0]!["kindLabel"]!);
        Assert.Equal("2871/QĐ-UBND", (string)suggestions[0]!["detail"]!);
        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync(url)).StatusCode);
        Assert.DoesNotContain(suggestions, s => ((string)s!["text"]!).Contains("lưu trữ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("QĐ-UBND 28", "2871/QĐ-UBND")]
    [InlineData("qd-ubnd 2871", "2871/QĐ-UBND")]
    [InlineData("2871/qđ", "2871/QĐ-UBND")]
    [InlineData("68/2024/QĐ-UB", "68/2024/QĐ-UBND")]
    [InlineData("qd ubnd 68/20", "68/2024/QĐ-UBND")]
    public async Task A_document_number_typed_in_part_in_any_order_or_case_comes_first(string typed, string number)
    {
        var suggestions = await CompleteAsync(_site.CreateClient(), typed);

        var (text, kind, url) = First(suggestions);
        Assert.Equal((number, "number"), (text, kind));
        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync(url)).StatusCode);
        Assert.Single(suggestions, s => (string)s!["kind"]! == "number");
    }

    [Theory]
    [InlineData("lao dong tien")]
    [InlineData("LAO ĐỘNG TIÊN")]
    [InlineData("Lao động tiên tiến")]
    public async Task An_award_kind_is_completed_and_leads_to_the_search_filtered_by_it(string typed)
    {
        var suggestions = await CompleteAsync(_site.CreateClient(), typed);

        var kind = suggestions.Single(s => (string)s!["kind"]! == "awardKind")!;
        Assert.Equal("Lao động tiên tiến", (string)kind["text"]!);
        Assert.Equal("Hình thức khen thưởng", (string)kind["kindLabel"]!);
        var page = await _site.GetDocumentAsync((string)kind["url"]!);
        Assert.Equal(["Quyết định khen thưởng tập thể, cá nhân có thành tích xuất sắc năm 2025"],
            page.QuerySelectorAll(".hit-title").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Units_and_issuers_are_completed_as_written_with_their_links()
    {
        var client = _site.CreateClient();

        var unit = (await CompleteAsync(client, "don vi")).Single(s => (string)s!["kind"]! == "unit")!;
        var issuer = (await CompleteAsync(client, "uy ban nhan d")).Single(s => (string)s!["kind"]! == "issuer")!;

        Assert.Equal(("Đơn vị A", "/don-vi/don-vi-a"), ((string)unit["text"]!, (string)unit["url"]!));
        Assert.Equal("Ủy ban nhân dân tỉnh Nghệ An", (string)issuer["text"]!);
        var page = await _site.GetDocumentAsync((string)issuer["url"]!);
        Assert.Equal(2, page.QuerySelectorAll(".hit-title").Length);
    }

    [Fact]
    public async Task Archived_items_are_completed_for_staff_only_and_nothing_typed_or_found_completes_nothing()
    {
        var staff = await AdminClient.LoginAsync(_site, SuggestionSite.StaffName, SuggestionSite.StaffPassword);

        Assert.Empty(await CompleteAsync(_site.CreateClient(), "khen thuong luu"));
        Assert.Equal("Quyết định khen thưởng lưu trữ năm 2019", First(await CompleteAsync(staff.Http, "khen thuong luu")).Text);
        Assert.Empty(await CompleteAsync(_site.CreateClient(), ""));
        Assert.Empty(await CompleteAsync(_site.CreateClient(), " - \" / "));
        Assert.Empty(await CompleteAsync(_site.CreateClient(), "zxqkhongco"));
        Assert.True((await CompleteAsync(_site.CreateClient(), string.Concat(Enumerable.Repeat("thi đua ", 500)))).Count >= 1);
    }

    [Theory]
    [InlineData("thi dau khen thuong", "thi đua khen thưởng")]
    [InlineData("Thanh Chuongg", "Thanh Chương")]
    [InlineData("quyet dinh khen thuowng", "quyết định khen thưởng")]
    [InlineData("\"phong trao thi dau\"", "\"phong trào thi đua\"")]
    public async Task A_query_that_finds_nothing_is_offered_its_words_put_right_as_written(string typed, string suggested)
    {
        var api = JsonNode.Parse(await _site.CreateClient().GetStringAsync($"/api/search?q={Uri.EscapeDataString(typed)}"))!;

        Assert.Equal(0, (int)api["total"]!);
        Assert.Equal(suggested, (string)api["suggestion"]!["query"]!);
        var corrected = JsonNode.Parse(await _site.CreateClient().GetStringAsync($"/api/search?q={Uri.EscapeDataString(suggested)}"))!;
        Assert.Equal((int)corrected["total"]!, (int)api["suggestion"]!["total"]!);
        Assert.True((int)corrected["total"]! > 0);
    }

    [Fact]
    public async Task The_search_page_links_to_the_correction_and_keeps_its_advice_and_filters()
    {
        var page = await _site.GetDocumentAsync("/tim-kiem?q=Thanh+Chuongg&cum=" + TestRecipes.ClusterId);

        var link = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("Thanh Chương", link.TextContent);
        Assert.Contains("Có phải bạn muốn tìm", page.QuerySelector(".did-you-mean")!.TextContent);
        var href = WebUtility.UrlDecode(link.GetAttribute("href")!);
        Assert.Contains("q=Thanh Chương", href);
        Assert.Contains("cum=" + TestRecipes.ClusterId, href);
        Assert.NotNull(page.QuerySelector("p.empty"));
        var corrected = await _site.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal("Huyện Thanh Chương tổng kết phong trào thi đua khen thưởng", corrected.QuerySelector(".hit-title")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(SearchSafetyTests.HostileQueries), MemberType = typeof(SearchSafetyTests))]
    public async Task Any_input_completes_or_is_corrected_without_an_error(string query)
    {
        var client = _site.CreateClient();

        var completions = await client.GetAsync($"/api/search/complete?q={Uri.EscapeDataString(query)}");
        var search = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, completions.StatusCode);
        Assert.NotNull(JsonNode.Parse(await completions.Content.ReadAsStringAsync())!["suggestions"]);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=Thanh+Chuongg&type=Document")]
    [InlineData("/api/search?q=xqzvwk")]
    [InlineData("/api/search?q=thi+dua+khen+thuong")]
    [InlineData("/api/search?q=Thanh+Chuongg&page=2")]
    public async Task No_correction_is_offered_when_it_would_find_nothing_or_the_query_found_something(string url)
    {
        var api = JsonNode.Parse(await _site.CreateClient().GetStringAsync(url))!;

        Assert.Null(api["suggestion"]);
    }
}
