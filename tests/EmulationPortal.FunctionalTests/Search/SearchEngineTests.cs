using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;
using EmulationPortal.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>
/// The Lucene index against a small corpus of made-up words, on the run's database engine (a SQLite
/// file, or PostgreSQL when PORTAL_TEST_POSTGRES is set): the match expression, deletions and merges
/// as items change, a second index on the same database (a second node) and a change rolled back.
/// </summary>
public sealed class SearchEngineTests : IDisposable
{
    private static readonly ContentAccess Staff = new("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>());

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    private async Task AddItemsAsync(params (string Id, string Title, string Body)[] items) =>
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            items.Select(i => TestRecipes.Conference(i.Id, i.Title, body: i.Body)).ToArray())));

    private static async Task<string[]> FoundAsync(ISearchIndex index, string query) =>
        (await index.SearchAsync(new SearchRequest { Query = query, PageSize = 50 })).Hits.Select(h => h.Id).Order().ToArray();

    [Theory]
    [InlineData("zalpha zbeta", "a b")]
    [InlineData("\"zalpha zbeta\"", "a")]
    [InlineData("\"zalpha zbeta zgamma\"", "a")]
    [InlineData("\"zbeta zgamma zalpha\"", "")]
    [InlineData("zalpha OR zdelta", "a b c d")]
    [InlineData("zdelta OR zalpha zgamma", "a c d")]
    [InlineData("zalpha zgamma OR zdelta", "a c d")]
    [InlineData("zalpha -zgamma", "b")]
    [InlineData("zalpha -\"zbeta zgamma\"", "b")]
    [InlineData("zalpha -\"zgamma zbeta\"", "a b")]
    [InlineData("zalpha zunknown", "")]
    [InlineData("zalpha OR zunknown", "a b")]
    [InlineData("ZALPHA ZBÉTA", "a b")]
    // A phrase never spans two fields: the title ends with zomega, the body starts with zsigma.
    [InlineData("\"zomega zsigma\"", "")]
    [InlineData("zomega zsigma", "d")]
    public async Task The_match_is_the_boolean_expression_typed(string query, string expected)
    {
        await AddItemsAsync(
            ("a", "Bài một", "zalpha zbeta zgamma"),
            ("b", "Bài hai", "zbeta zalpha"),
            ("c", "Bài ba", "zgamma zdelta"),
            ("d", "Bài bốn zomega", "zsigma zdelta"));

        Assert.Equal(expected, string.Join(' ', await FoundAsync(_site.Service<ISearchIndex>(), query)));
    }

    [Fact]
    public async Task Words_in_the_title_and_as_a_phrase_rank_first()
    {
        await AddItemsAsync(
            ("body", "Bài một", "zrho ztau và nhiều chữ khác nữa"),
            ("apart", "Bài hai", "ztau rồi mới đến zrho"),
            ("title", "Bài zrho ztau", "nội dung"));

        var hits = (await _site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "zrho ztau" })).Hits.Select(h => h.Id);

        Assert.Equal(["title", "body", "apart"], hits);
    }

    [Fact]
    public async Task Changes_leave_tombstones_and_are_merged_away_with_every_count_right()
    {
        await AddItemsAsync(Enumerable.Range(1, 10).Select(i => ($"bai-{i}", $"Bài zmerge {i}", "Nội dung.")).ToArray());
        var index = _site.Service<ISearchIndex>();
        var editing = _site.Service<ContentEditing>();
        var engine = _site.Service<SearchIndex>().Engine;
        Assert.Equal(10, (await index.SearchAsync(new SearchRequest { Query = "zmerge" })).Total);

        // One change: the old row is a tombstone, the new one is in the recent segment.
        await editing.TransitionAsync(Staff, "bai-1", WorkflowAction.Unpublish, null);
        Assert.Equal(9, (await index.SearchAsync(new SearchRequest { Query = "zmerge" })).Total);
        Assert.False(engine.LastRefresh!.Merged);
        Assert.Equal(1, engine.LastRefresh.Removed);

        // Archived: still held, found by staff alone.
        await editing.TransitionAsync(Staff, "bai-2", WorkflowAction.Archive, null);
        Assert.Equal(8, (await index.SearchAsync(new SearchRequest { Query = "zmerge" })).Total);
        Assert.Equal(9, (await index.SearchAsync(new SearchRequest { Query = "zmerge", IncludeArchived = true })).Total);
        Assert.Equal((1, 1), (engine.LastRefresh.Loaded, engine.LastRefresh.Removed));

        // More than a fifth of the documents held are tombstones: one segment again.
        await editing.TransitionAsync(Staff, "bai-3", WorkflowAction.Unpublish, null);
        Assert.Equal(7, (await index.SearchAsync(new SearchRequest { Query = "zmerge" })).Total);
        Assert.True(engine.LastRefresh.Merged);
        await editing.TransitionAsync(Staff, "bai-1", WorkflowAction.Submit, null);
        await editing.TransitionAsync(Staff, "bai-1", WorkflowAction.Publish, null);
        var result = await index.SearchAsync(new SearchRequest { Query = "zmerge", IncludeArchived = true, PageSize = 50 });
        Assert.Equal(9, result.Total);
        Assert.Equal(Enumerable.Range(1, 10).Where(i => i != 3).Select(i => $"bai-{i}").Order(), result.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task A_change_committed_through_one_index_is_found_by_another_on_the_same_database_at_its_next_search()
    {
        await AddItemsAsync(("bai-nut", "Bài zkappa", "Nội dung."));
        var first = _site.Service<SearchIndex>();
        using var second = ActivatorUtilities.CreateInstance<SearchIndex>(_site.Services, "search-index-second-node");
        Assert.Equal(["bai-nut"], await FoundAsync(first, "zkappa"));
        Assert.Equal(["bai-nut"], await FoundAsync(second, "zkappa"));

        await using (var session = await _site.Service<IDbConnectionFactory>().BeginSessionAsync())
        {
            await session.Connection.ExecuteAsync("UPDATE content_versions SET title = 'Bài zlambda' WHERE item_id = 'bai-nut'", transaction: session.Transaction);
            await second.ItemChangedAsync(session, "bai-nut");
            await session.CommitAsync();
        }

        Assert.Equal(["bai-nut"], await FoundAsync(first, "zlambda"));
        Assert.Empty(await FoundAsync(first, "zkappa"));
        Assert.Equal(["bai-nut"], await FoundAsync(second, "zlambda"));

        // And back the other way, through the site's own editing.
        await _site.Service<ContentEditing>().TransitionAsync(Staff, "bai-nut", WorkflowAction.Unpublish, null);
        Assert.Empty(await FoundAsync(second, "zlambda"));
    }

    [Fact]
    public async Task A_change_rolled_back_is_never_found()
    {
        await AddItemsAsync(("bai-lui", "Bài zmu", "Nội dung."));
        var index = _site.Service<SearchIndex>();
        Assert.Equal(["bai-lui"], await FoundAsync(index, "zmu"));

        await using (var session = await _site.Service<IDbConnectionFactory>().BeginSessionAsync())
        {
            await session.Connection.ExecuteAsync("UPDATE content_versions SET title = 'Bài znu' WHERE item_id = 'bai-lui'", transaction: session.Transaction);
            await index.ItemChangedAsync(session, "bai-lui");
            Assert.Empty(await FoundAsync(index, "znu"));
            Assert.Equal(["bai-lui"], await FoundAsync(index, "zmu"));
            await session.Transaction.RollbackAsync();
        }

        Assert.Empty(await FoundAsync(index, "znu"));
        Assert.Equal(["bai-lui"], await FoundAsync(index, "zmu"));
    }
}

/// <summary>Facets over the demo site: each counted with every filter but its own, so each count is a search's total.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class SearchFacetTests(DemoSite site)
{
    [Theory]
    [InlineData("thi đua", null, null)]
    [InlineData("thi đua", "AwardDecision", 2025)]
    [InlineData("khen thưởng -\"thanh hóa\"", "AwardDecision", null)]
    [InlineData("năm", null, 2024)]
    public async Task Each_facet_value_counts_what_that_filter_added_would_find(string query, string? type, int? year)
    {
        var index = site.Service<ISearchIndex>();
        var request = new SearchRequest { Query = query, Type = type, Year = year };
        var result = await index.SearchAsync(request);

        Assert.True(result.Total > 0);
        Assert.Equal(result.Total, result.Facets["type"].Where(t => type is null || t.Key == type).Sum(t => t.Value));
        foreach (var (facet, values) in result.Facets)
        {
            foreach (var (value, count) in values)
            {
                var narrowed = facet switch
                {
                    "type" => request with { Type = value },
                    "cluster" => request with { ClusterId = value },
                    "year" => request with { Year = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                    "issuer" => request with { Issuer = value },
                    _ => request with { AwardKind = value },
                };
                Assert.True(count == (await index.SearchAsync(narrowed)).Total, $"{facet} = {value}");
            }
        }
    }
}
