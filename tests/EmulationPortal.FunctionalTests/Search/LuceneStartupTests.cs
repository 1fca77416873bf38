using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;
using EmulationPortal.Search.Services;
using EmulationPortal.Search.Services.Lucene;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>
/// The Lucene index's start and catching up, on the run's database engine: from the change log keyed by generation
/// (every doc_id compared only after a rebuild of the table), on a second node, built in the background in a new
/// folder while searches say so, and built again when its files are corrupt or its folder cannot be written.
/// </summary>
public sealed class LuceneStartupTests : IDisposable
{
    private static readonly ContentAccess Staff = new("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>());

    private readonly List<PortalFactory> _sites = [];

    public void Dispose() => _sites.ForEach(s => s.Dispose());

    private PortalFactory Site(string? dataPath = null, bool ownsDataPath = true, int buildInBackgroundAbove = 5_000)
    {
        var site = new PortalFactory(dataPath ?? PortalFactory.NewDataPath(), demoContent: false, new Dictionary<string, string>
        {
            ["Portal:Search:BuildInBackgroundAbove"] = buildInBackgroundAbove.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, ownsDataPath);
        _sites.Add(site);
        return site;
    }

    private static async Task AddItemsAsync(PortalFactory site, string word, int count) =>
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Enumerable.Range(1, count).Select(i => TestRecipes.Conference($"bai-{i}", $"Bài {word} số {i}", body: $"Nội dung của bài {i}.")).ToArray())));

    private static async Task<SearchResult> SearchAsync(ISearchIndex index, string query) =>
        await index.SearchAsync(new SearchRequest { Query = query, PageSize = 50 });

    /// <summary>Renames an item's published title by hand and tells the index through <paramref name="index"/>, as another node's edit would.</summary>
    private static async Task RenameAsync(PortalFactory site, SearchIndex index, string itemId, string title)
    {
        await using var session = await site.Service<IDbConnectionFactory>().BeginSessionAsync();
        await session.Connection.ExecuteAsync("UPDATE content_versions SET title = @title WHERE item_id = @itemId", new { title, itemId }, session.Transaction);
        await index.ItemChangedAsync(session, itemId);
        await session.CommitAsync();
    }

    [Fact]
    public async Task Catching_up_reads_what_changed_alone_and_every_doc_id_only_after_a_rebuild_of_the_table()
    {
        var site = Site();
        await AddItemsAsync(site, "zcorpus", 300);
        var index = site.Service<SearchIndex>();
        Assert.Equal(300, (await SearchAsync(index, "zcorpus")).Total);
        var engine = index.Engine;
        Assert.False(engine.LastRefresh!.EveryDocId);

        await RenameAsync(site, index, "bai-7", "Bài zchanged");

        Assert.Equal(["bai-7"], (await SearchAsync(index, "zchanged")).Hits.Select(h => h.Id));
        Assert.Equal((1, 1, false), (engine.LastRefresh.Loaded, engine.LastRefresh.Removed, engine.LastRefresh.EveryDocId));
        Assert.Equal(299, (await SearchAsync(index, "zcorpus")).Total);

        // A rebuild gives every row a new doc_id and logs no removal: the index compares every doc_id once.
        await index.RebuildAsync();
        Assert.Equal(299, (await SearchAsync(index, "zcorpus")).Total);
        Assert.Equal((300, 300, true), (engine.LastRefresh.Loaded, engine.LastRefresh.Removed, engine.LastRefresh.EveryDocId));
        await using (var connection = await site.OpenDatabaseAsync())
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM search_removals"));
        }

        // And from the log again after it.
        await site.Service<ContentEditing>().TransitionAsync(Staff, "bai-8", WorkflowAction.Unpublish, null);
        Assert.Equal(298, (await SearchAsync(index, "zcorpus")).Total);
        Assert.Equal((0, 1, false), (engine.LastRefresh.Loaded, engine.LastRefresh.Removed, engine.LastRefresh.EveryDocId));
        Assert.Equal(["bai-7"], (await SearchAsync(index, "zchanged")).Hits.Select(h => h.Id));

        // Removals are kept for the last RemovalsKept generations: a change that far on prunes the older ones and moves the
        // log's start, and an index older than that compares every doc_id once.
        long before;
        await using (var connection = await site.OpenDatabaseAsync())
        {
            before = await connection.ExecuteScalarAsync<long>("SELECT generation FROM search_state");
            await connection.ExecuteAsync("UPDATE search_state SET generation = generation + @RemovalsKept", new { SearchIndex.RemovalsKept });
        }
        await RenameAsync(site, index, "bai-9", "Bài zpruned");
        await using (var connection = await site.OpenDatabaseAsync())
        {
            Assert.Equal(before + 1, await connection.ExecuteScalarAsync<long>("SELECT log_start FROM search_state"));
            Assert.Equal([before + SearchIndex.RemovalsKept + 1], await connection.QueryAsync<long>("SELECT generation FROM search_removals"));
        }
        Assert.Equal(["bai-9"], (await SearchAsync(index, "zpruned")).Hits.Select(h => h.Id));
        Assert.Equal((1, 1, true), (engine.LastRefresh.Loaded, engine.LastRefresh.Removed, engine.LastRefresh.EveryDocId));
        Assert.Equal(297, (await SearchAsync(index, "zcorpus")).Total);
    }

    [Fact]
    public async Task A_second_node_catches_up_from_the_log_with_what_changed_through_the_first()
    {
        var site = Site();
        await AddItemsAsync(site, "zkappa", 40);
        var first = site.Service<SearchIndex>();
        using var second = ActivatorUtilities.CreateInstance<SearchIndex>(site.Services, "search-index-second-node");
        Assert.Equal(40, (await SearchAsync(second, "zkappa")).Total);

        await RenameAsync(site, first, "bai-3", "Bài zlambda");

        Assert.Equal(["bai-3"], (await SearchAsync(second, "zlambda")).Hits.Select(h => h.Id));
        Assert.Equal(39, (await SearchAsync(second, "zkappa")).Total);
        Assert.Equal((1, 1, false), (second.Engine.LastRefresh!.Loaded, second.Engine.LastRefresh.Removed, second.Engine.LastRefresh.EveryDocId));

        // And through the site's own editing.
        await site.Service<ContentEditing>().TransitionAsync(Staff, "bai-3", WorkflowAction.Unpublish, null);
        Assert.Empty((await SearchAsync(second, "zlambda")).Hits);
        Assert.Equal((0, 1, false), (second.Engine.LastRefresh.Loaded, second.Engine.LastRefresh.Removed, second.Engine.LastRefresh.EveryDocId));
    }

    // The index folder's faults and builds are the same whichever database holds the table.
    [Fact]
    [Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
    public async Task Without_an_index_a_node_builds_one_in_the_background_in_a_new_folder_while_its_searches_say_so()
    {
        const int Items = 2_000;
        var site = Site(buildInBackgroundAbove: 0);
        await AddItemsAsync(site, "zbuild", Items);
        const string Folder = "search-index-new-node";
        using var node = ActivatorUtilities.CreateInstance<SearchIndex>(site.Services, Folder);

        // The first search starts the build and does not wait for it: it reads what the new folder holds so far.
        var during = await SearchAsync(node, "zbuild");
        Assert.True(node.Building);
        Assert.True(during.Total < Items, $"{during.Total} found while building");
        // A change made while the index is built is caught up once it is done.
        await RenameAsync(site, site.Service<SearchIndex>(), "bai-5", "Bài zrenamed");

        await node.Engine.Built;

        var after = await SearchAsync(node, "zbuild");
        Assert.False(node.Building);
        Assert.Equal(Items - 1, after.Total);
        Assert.Equal(["bai-5"], (await SearchAsync(node, "zrenamed")).Hits.Select(h => h.Id));
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(site.DataPath, Folder)));
        Assert.StartsWith($"v{LuceneIndex.FormatVersion}-", Path.GetFileName(folder));
    }

    // The index folder's faults and builds are the same whichever database holds the table.
    [Fact]
    [Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
    public async Task A_site_started_over_corrupt_index_files_answers_searches_and_builds_the_index_again()
    {
        const int Items = 1_500;
        var dataPath = PortalFactory.NewDataPath();
        string corrupt;
        using (var site = Site(dataPath, ownsDataPath: false, buildInBackgroundAbove: 0))
        {
            await AddItemsAsync(site, "zcorrupt", Items);
            Assert.Equal(Items, (await SearchAsync(site.Service<ISearchIndex>(), "zcorrupt")).Total);
            corrupt = Assert.Single(Directory.GetDirectories(Path.Combine(dataPath, SearchEngines.Folder)));
        }
        var random = new Random(19);
        foreach (var file in Directory.GetFiles(corrupt))
        {
            var bytes = new byte[new FileInfo(file).Length];
            random.NextBytes(bytes);
            await File.WriteAllBytesAsync(file, bytes);
        }

        var restarted = Site(dataPath, buildInBackgroundAbove: 0);
        var client = restarted.CreateClient();

        var page = await client.GetAsync("/tim-kiem?q=zcorrupt");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonNode answer;
        do
        {
            var response = await client.GetAsync("/api/search?q=zcorrupt");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
        while (answer["building"]!.GetValue<bool>() && DateTime.UtcNow < deadline && await Pause());
        Assert.False(answer["building"]!.GetValue<bool>());
        Assert.Equal(Items, answer["total"]!.GetValue<int>());
        Assert.False(Directory.Exists(corrupt));
        Assert.DoesNotContain("đang được xây dựng", await client.GetStringAsync("/tim-kiem?q=zcorrupt"));
    }

    // The index folder's faults and builds are the same whichever database holds the table.
    [Fact]
    [Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
    public async Task A_site_whose_index_folder_cannot_be_written_says_search_is_being_built_and_never_fails()
    {
        var dataPath = PortalFactory.NewDataPath();
        Directory.CreateDirectory(dataPath);
        // A file where the index's folder should be: no folder can be made under it, as on a failing disk.
        await File.WriteAllTextAsync(Path.Combine(dataPath, SearchEngines.Folder), "");
        var site = Site(dataPath);
        await AddItemsAsync(site, "zfault", 3);
        var client = site.CreateClient();

        var page = await client.GetAsync("/tim-kiem?q=zfault");
        var answer = JsonNode.Parse(await client.GetStringAsync("/api/search?q=zfault"))!;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Chỉ mục tìm kiếm đang được xây dựng, kết quả có thể chưa đầy đủ", await page.Content.ReadAsStringAsync());
        Assert.True(answer["building"]!.GetValue<bool>());
        Assert.Equal(0, answer["total"]!.GetValue<int>());
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(100);
        return true;
    }
}
