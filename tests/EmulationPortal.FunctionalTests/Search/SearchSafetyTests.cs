using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Search;

public sealed class SearchSafetyTests
{
    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"thi đua", "thi\" \"đua\"\"", "*", "thi*", "***", ":", "title:thi", "body:", "NEAR(", "NEAR(thi đua, 2)", "thi NEAR đua",
        "AND", "OR", "NOT", "thi AND", "OR đua", "NOT NOT", "-", "--", "-thi", "- -", "(", ")", "((thi)", "thi) OR (đua",
        "'; DROP TABLE search_documents; --", "1' OR '1'='1", "\\", "\\\"", "\0", "%", "_", "^thi", "{thi}", "[đua]",
        "😀", "thi 😀 đua", "🇻🇳 khen thưởng", "ｆｕｌｌｗｉｄｔｈ", "١٢٣", "中文 查询", "e\u0301", "\u200b\u200b",
        "thi đua ".PadRight(5000, 'a'), string.Concat(Enumerable.Repeat("thi OR ", 800)), string.Concat(Enumerable.Repeat("-a ", 1000)),
        "<script>alert(1)</script>", "&lt;", "%00%27", "\r\n\t",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_input_gives_results_or_an_empty_page_never_an_error(string query)
    {
        var client = SharedSite.Value.CreateClient();

        var api = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&page=999999&year=abc");
        var page = await client.GetAsync($"/tim-kiem?q={Uri.EscapeDataString(query)}&trang=-5");
        // The search box's suggestions take any input too.
        var completions = await client.GetAsync($"/api/search/complete?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completions.StatusCode);
        Assert.InRange(JsonNode.Parse(await completions.Content.ReadAsStringAsync())!["suggestions"]!.AsArray().Count, 0, EmulationPortal.Search.Services.SearchSuggestions.Limit);
    }

    // One site for the hostile queries: they change nothing, so they need not each pay for a start.
    private static readonly Lazy<NotDisposed> SharedSite = new(() => new NotDisposed());

    private sealed class NotDisposed() : PortalFactory(NewDataPath(), demoContent: true, ownsDataPath: false)
    {
        protected override void Dispose(bool disposing)
        {
            // Shared by every case of the theory; the process ending removes it with the temp folder.
        }
    }

    [Fact]
    public async Task Only_published_items_are_found_and_staff_also_find_archived_ones_in_step_with_the_workflow()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(
            TestRecipes.WithContent(TestRecipes.Conference("bai-kin", "Bài zebrakhongxuathien", status: "Draft")),
            TestRecipes.Person("canbo", "Matkhau-2026a", ["Staff"]))));
        var staff = new ContentAccess("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>());
        var editing = site.Service<ContentEditing>();
        var anonymous = site.CreateClient();
        async Task<int> FoundAsync(HttpClient client) =>
            JsonDocument.Parse(await client.GetStringAsync("/api/search?q=zebrakhongxuathien")).RootElement.GetProperty("total").GetInt32();

        Assert.Equal(0, await FoundAsync(anonymous));
        await editing.TransitionAsync(staff, "bai-kin", WorkflowAction.Submit, null);
        Assert.Equal(0, await FoundAsync(anonymous));
        await editing.TransitionAsync(staff, "bai-kin", WorkflowAction.Publish, null);
        Assert.Equal(1, await FoundAsync(anonymous));
        await editing.SaveAsync(staff, "bai-kin", 1, "Bài zebrakhongxuathien sửa", TestRecipes.ClusterId,
            new EmulationPortal.News.Models.ConferenceData { Date = new DateOnly(2025, 12, 20), Body = "Bản nháp mới." });
        var stillLive = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "zebrakhongxuathien" });
        Assert.Equal("Bài zebrakhongxuathien", stillLive.Hits.Single().Title);
        await editing.TransitionAsync(staff, "bai-kin", WorkflowAction.Publish, null);
        await editing.TransitionAsync(staff, "bai-kin", WorkflowAction.Archive, null);
        Assert.Equal(0, await FoundAsync(anonymous));
        var staffClient = await AdminClient.LoginAsync(site, "canbo", "Matkhau-2026a");
        Assert.Equal(1, await FoundAsync(staffClient.Http));
        await editing.TransitionAsync(staff, "bai-kin", WorkflowAction.Reopen, null);
        Assert.Equal(0, await FoundAsync(staffClient.Http));
    }

    [ToolFact("pdftotext")]
    public async Task The_text_of_an_attachment_is_found_once_it_has_been_read()
    {
        // The job is run here, not by the worker, so that the search page is read (and cached) before it.
        using var site = new PortalFactory(PortalFactory.NewDataPath(), demoContent: false,
            new Dictionary<string, string> { ["Portal:Jobs:RunWorker"] = "false" }, ownsDataPath: true);
        var item = TestRecipes.Conference("bai-tep", "Bài có tệp đính kèm", body: "Nội dung không nhắc gì đến tệp.");
        item["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["file"] = "qd.pdf", ["title"] = "Quyết định" });
        var folder = Path.Combine(site.DataPath, "recipe");
        var recipe = TestRecipes.Write(TestRecipes.WithContent(item), folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "recipes", "demo", "files", "585-QD-UBND-khen-thuong-cum12-2025.pdf"), Path.Combine(folder, "qd.pdf"));
        await site.Service<RecipeExecutor>().RunAsync(recipe);
        var reader = site.CreateClient();
        const string Api = "/api/search?q=ti%E1%BB%81n+th%C6%B0%E1%BB%9Fng+k%C3%A8m+theo";
        Assert.Equal(0, JsonDocument.Parse(await reader.GetStringAsync(Api)).RootElement.GetProperty("total").GetInt32());
        Assert.NotNull((await reader.GetAsync(Api)).Headers.Age);

        var job = (await site.Service<JobQueue>().ListAsync()).Single(j => j.Kind == EmulationPortal.Media.Services.MediaLibrary.TextJob);
        await site.Service<IEnumerable<IJobHandler>>().Single(h => h.Kind == job.Kind).RunAsync(job.Subject, CancellationToken.None);

        var result = await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "tiền thưởng kèm theo" });
        Assert.Equal("bai-tep", result.Hits.Single().Id);
        Assert.Contains("<mark>thưởng</mark>", result.Hits.Single().SnippetHtml);
        // The reader's cached answer from before the text was read is not served again.
        Assert.Equal(1, JsonDocument.Parse(await reader.GetStringAsync(Api)).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Snippets_escape_the_text_around_their_highlights()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            TestRecipes.Conference("bai-ma", "Bài có mã", body: "Đoạn <script>alert('x')</script> có từ giraffekhen & <b>đậm</b>."))));

        var hit = (await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "giraffekhen" })).Hits.Single();

        Assert.Contains("<mark>giraffekhen</mark>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.DoesNotContain("<b>", hit.SnippetHtml);
    }

    [Fact]
    public async Task The_reindex_command_rebuilds_the_index_with_a_progress_line()
    {
        var dataPath = PortalFactory.NewDataPath();
        using (var site = new PortalFactory(dataPath, demoContent: true))
        {
            site.CreateClient();
            await using var connection = await site.OpenDatabaseAsync();
            await connection.ExecuteAsync("DELETE FROM search_documents");
        }
        // The command reads the same database as the site: on PostgreSQL, the site's own.
        string[] database = TestDatabase.Postgres is { } server
            ? ["--Portal:Database:Provider=Postgres", $"--Portal:Database:ConnectionString={TestDatabase.ForSite(server, dataPath)}"]
            : [];

        var (exitCode, output) = await HostCommand.RunAsync(["reindex", $"--Portal:DataPath={dataPath}", .. database]);

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Indexed (\d+)/\1 items", output);
        Assert.Contains("Rebuilt the search index", output);
        await using var rebuilt = await OpenWithoutSiteAsync(dataPath);
        Assert.Equal(
            await rebuilt.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items WHERE published_version IS NOT NULL"),
            await rebuilt.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM search_documents"));
        Assert.True(await rebuilt.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM search_documents WHERE extra <> ''") > 0);
    }

    [Fact]
    public async Task A_site_filled_by_recipe_run_is_not_indexed_again_at_its_first_start_but_an_older_format_is()
    {
        var dataPath = PortalFactory.NewDataPath();
        var recipe = TestRecipes.Write(TestRecipes.WithContent(TestRecipes.Conference("bai-nhap", "Bài nhập bằng lệnh", body: "Từ khóa zebrakhen.")));
        string[] database = TestDatabase.Postgres is { } server
            ? ["--Portal:Database:Provider=Postgres", $"--Portal:Database:ConnectionString={TestDatabase.ForSite(server, dataPath)}"]
            : [];
        var (exitCode, output) = await HostCommand.RunAsync(["recipe", "run", recipe, $"--Portal:DataPath={dataPath}", .. database]);
        Assert.True(exitCode == 0, output);

        (long Generation, long LastDocId) imported;
        await using (var beforeStart = await OpenWithoutSiteAsync(dataPath))
        {
            imported = await beforeStart.QuerySingleAsync<(long, long)>("SELECT generation, last_doc_id FROM search_state");
        }

        using (var site = new PortalFactory(dataPath, demoContent: false))
        {
            site.CreateClient();
            await using var connection = await site.OpenDatabaseAsync();

            // The import indexed the item in its own transaction: starting finds the index whole and leaves it.
            Assert.Equal(imported, await connection.QuerySingleAsync<(long, long)>("SELECT generation, last_doc_id FROM search_state"));
            Assert.Single((await site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "zebrakhen" })).Hits);
            await connection.ExecuteAsync("UPDATE search_state SET format_version = 1");
        }
        using (var restarted = new PortalFactory(dataPath, demoContent: false, ownsDataPath: true))
        {
            restarted.CreateClient();
            await using var connection = await restarted.OpenDatabaseAsync();

            // An index written in an older format is rebuilt: new doc_ids, the current format.
            var state = await connection.QuerySingleAsync<(long LastDocId, int Format)>("SELECT last_doc_id, format_version FROM search_state");
            Assert.Equal((2L, 2), state);
            Assert.Single((await restarted.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "zebrakhen" })).Hits);
        }
    }

    /// <summary>The site's database opened directly, with no site running over it.</summary>
    private static Task<System.Data.Common.DbConnection> OpenWithoutSiteAsync(string dataPath) =>
        new EmulationPortal.Core.Data.DbConnectionFactory(TestDatabase.Postgres is { } postgres
            ? new EmulationPortal.Core.Data.PostgresDialect(TestDatabase.ForSite(postgres, dataPath))
            : EmulationPortal.Core.Data.SqliteDialect.ForFile(Path.Combine(dataPath, "portal.db"))).OpenAsync();
}
