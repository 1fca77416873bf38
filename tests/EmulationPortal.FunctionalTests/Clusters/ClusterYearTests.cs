using System.Net;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Clusters;

/// <summary>
/// A cluster's year as data: the editor enters the covenant and pastes the scores from the leader's spreadsheet, the
/// reviewer publishes, and readers see the year on the cluster's page, on its members' pages and on the calendar.
/// </summary>
public sealed class ClusterYearTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string OtherCluster = "cum-khac";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.BaseSteps();
        var steps = recipe["steps"]!.AsArray();
        steps[0]!["units"]!.AsArray().Add(new JsonObject { ["id"] = "don-vi-b", ["name"] = "Trường Tiểu học Vĩnh Lộc", ["province"] = "Thanh Hóa" });
        steps[0]!["units"]!.AsArray().Add(new JsonObject { ["id"] = "don-vi-c", ["name"] = "Trạm Y tế xã Vĩnh Lộc", ["province"] = "Thanh Hóa" });
        var cluster = steps[1]!["clusters"]![0]!;
        cluster["terms"] = new JsonArray(new JsonObject
        {
            ["year"] = 2025, ["leader"] = "don-vi-a", ["deputy"] = "don-vi-b", ["members"] = new JsonArray("don-vi-a", "don-vi-b", "don-vi-c"),
        });
        steps[1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = OtherCluster, ["kind"] = "Cluster", ["number"] = 98, ["name"] = "Cụm thi đua khác", ["province"] = "Thanh Hóa", ["reviewRequired"] = true,
        });
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")),
            TestRecipes.Person("bientap-khac", Password, null, (OtherCluster, "Editor")));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    private static List<KeyValuePair<string, string>> Year(string scoresPaste = "") => Fields(
        ("Title", "Giao ước và kết quả thi đua năm 2025"), ("ClusterId", TestRecipes.ClusterId), ("Year", "2025"),
        ("SignedOn", "2025-03-04"), ("Place", "Hội trường Đơn vị A"), ("SigningUnits", "don-vi-a"), ("SigningUnits", "don-vi-b"), ("SigningUnits", "don-vi-c"),
        ("Criteria[0].Name", "Kết quả thực hiện nhiệm vụ chính trị"), ("Criteria[0].MaxPoints", "50"),
        ("Criteria[1].Name", "Công tác thi đua, khen thưởng"), ("Criteria[1].MaxPoints", "30"),
        ("Criteria[2].Name", "Xây dựng tổ chức, cải cách hành chính"), ("Criteria[2].MaxPoints", "20"),
        ("Rules", "Trừ 1 điểm cho mỗi báo cáo gửi chậm."),
        ("Votes[0].Unit", "don-vi-b"), ("Votes[0].Count", "3"), ("Ballots", "3"),
        ("NextLeader", "don-vi-b"), ("NextDeputy", "don-vi-c"),
        ("ScoresPaste", scoresPaste));

    [Fact]
    public async Task The_editor_pastes_the_scores_the_reviewer_publishes_and_readers_see_the_year_on_the_cluster_and_unit_pages()
    {
        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var form = Year("TT\tĐơn vị\tTự chấm\tKiểm tra\tXếp hạng\n1\tTrường Tiểu học Vĩnh Lộc\t98,5\t97,75\t1\n2\tĐơn vị A\t97\t96.5\t2\n3\tTrạm y tế xã Vĩnh Lộc\t95\t94\t3\n4\tĐơn vị Z\t90\t89\t4");
        form.Add(new("ReadScores", "true"));

        var read = await editor.PostFormAsync("/admin/nam-thi-dua/tao", form);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var page = await PortalFactory.ParseAsync(read);
        Assert.Equal("don-vi-b", page.QuerySelector("select[name='Scores[0].Unit'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("97.75", page.QuerySelector("input[name='Scores[0].CheckedScore']")!.GetAttribute("value"));
        Assert.Equal("don-vi-c", page.QuerySelector("select[name='Scores[2].Unit'] option[selected]")!.GetAttribute("value"));
        var problems = page.QuerySelectorAll(".paste-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("Đơn vị Z"));
        Assert.Equal(0, await ItemCountAsync());

        var rows = form.Where(f => f.Key is not ("ScoresPaste" or "ReadScores")).Concat(Fields(
            ("Scores[0].Unit", "don-vi-b"), ("Scores[0].SelfScore", "98.5"), ("Scores[0].CheckedScore", "97.75"), ("Scores[0].Rank", "1"),
            ("Scores[1].Unit", "don-vi-a"), ("Scores[1].SelfScore", "97"), ("Scores[1].CheckedScore", "96.5"), ("Scores[1].Rank", "2"),
            ("Scores[2].Unit", "don-vi-c"), ("Scores[2].SelfScore", "95"), ("Scores[2].CheckedScore", "94"), ("Scores[2].Rank", "3"))).ToList();
        var saved = await editor.PostFormAsync("/admin/nam-thi-dua/tao", rows);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await PortalFactory.ParseAsync(saved)).QuerySelector(".error-box")?.TextContent);
        var item = saved.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"{item}/chuyen", Fields(("action", "Submit")))).StatusCode);

        using var reader = AdminClient.Anonymous(_site);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}/2025")).StatusCode);

        using var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"{item}/chuyen", Fields(("action", "Publish")))).StatusCode);

        var year = await reader.GetDocumentAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}/2025");
        Assert.Equal("100", year.QuerySelector("table.criteria tfoot td")!.TextContent.Trim());
        var ranking = year.QuerySelectorAll("table.scores tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["1", "Trường Tiểu học Vĩnh Lộc", "98,5", "97,75"], ranking[0]);
        Assert.Equal("3", ranking[2][0]);
        Assert.Contains("3/3 phiếu", year.QuerySelector("ul.votes")!.TextContent);
        Assert.Contains("Cụm trưởng năm 2026: Trường Tiểu học Vĩnh Lộc", year.QuerySelector(".year-main")!.TextContent.Replace("\n", " ").Replace("  ", " "));

        var clusterPage = await reader.GetDocumentAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}");
        Assert.NotNull(clusterPage.QuerySelector($"nav.year-nav a[href='/cum-thi-dua/{TestRecipes.ClusterSlug}/2025']"));
        // The conference's election opened next year's term with this year's members.
        var nextTerm = clusterPage.QuerySelector("section.term")!;
        Assert.Equal("Năm 2026", nextTerm.QuerySelector("h3")!.TextContent);
        Assert.Contains("Cụm trưởng: Trường Tiểu học Vĩnh Lộc", nextTerm.TextContent.Replace("\n", " ").Replace("  ", " "));
        Assert.Equal(3, nextTerm.QuerySelectorAll("ol li").Length);
        var unitPage = await reader.GetDocumentAsync("/don-vi/don-vi-b");
        var result = unitPage.QuerySelectorAll("table.unit-terms tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == "2025").TextContent;
        Assert.Contains("Xếp thứ 1/3, 97,75 điểm", result);
        Assert.Contains("được suy tôn dẫn đầu (3 phiếu)", result);
        var calendar = await reader.GetDocumentAsync("/lich?thang=2025-03");
        Assert.Contains(calendar.QuerySelectorAll(".calendar-entry"), e => e.TextContent.Contains("Ký kết giao ước") && e.TextContent.Contains("Hội trường Đơn vị A"));
        // Search and lists link a year by its item's slug, which leads to the address readers share.
        var hits = await reader.GetDocumentAsync($"/tim-kiem?q={Uri.EscapeDataString("giao ước thi đua năm 2025")}");
        var hit = hits.QuerySelectorAll("ol.hits a.hit-title").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith("/cum-thi-dua/nam/"));
        var moved = await _site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(hit);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/cum-thi-dua/{TestRecipes.ClusterSlug}/2025", moved.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Impossible_scores_come_back_with_what_was_typed_and_another_clusters_editor_cannot_write_the_year()
    {
        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var rows = Year().Concat(Fields(("Scores[0].Unit", "don-vi-a"), ("Scores[0].SelfScore", "350"), ("Scores[0].Rank", "0"), ("Votes[1].Unit", "don-vi-a"), ("Votes[1].Count", "9"))).ToList();

        var refused = await editor.PostFormAsync("/admin/nam-thi-dua/tao", rows);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.Equal("350", page.QuerySelector("input[name='Scores[0].SelfScore']")!.GetAttribute("value"));
        var errors = page.QuerySelector(".error-box")!.TextContent;
        Assert.Contains("Điểm 350 không hợp lệ", errors);
        Assert.Contains("Xếp hạng bắt đầu từ 1", errors);
        Assert.Contains("Số phiếu không hợp lệ", errors);
        Assert.Equal(0, await ItemCountAsync());

        using var other = await AdminClient.LoginAsync(_site, "bientap-khac", Password);
        var foreign = await other.PostFormAsync("/admin/nam-thi-dua/tao", Year());
        Assert.False(foreign.StatusCode == HttpStatusCode.Redirect && foreign.Headers.Location!.OriginalString.StartsWith("/admin/noi-dung/"),
            $"{(int)foreign.StatusCode} {foreign.Headers.Location}");
        Assert.Equal(0, await ItemCountAsync());
    }

    private async Task<int> ItemCountAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM content_items WHERE type = 'ClusterYear'";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
