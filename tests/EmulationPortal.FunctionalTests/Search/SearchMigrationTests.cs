using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>The search module's migrations keep what readers find and where it leads.</summary>
public sealed class SearchMigrationTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Addresses_stored_before_the_index_kept_slugs_become_the_items_slugs()
    {
        var item = TestRecipes.Conference("bai-dia-chi", "Bài có địa chỉ cũ", body: "Đoạn có từ zebradiachi.");
        item["slug"] = "bai-co-dia-chi-cu";
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            // The table as the migration finds it: the item's address where its slug is now.
            await connection.ExecuteAsync("ALTER TABLE search_documents RENAME COLUMN slug TO url");
            await connection.ExecuteAsync("UPDATE search_documents SET url = '/tin-tuc/' || url");
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE module = 'EmulationPortal.Search' AND version = 5");
        }

        Assert.Equal(1, await _site.Service<MigrationRunner>().MigrateAsync());

        var hit = (await _site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "zebradiachi" })).Hits.Single();
        Assert.Equal("bai-co-dia-chi-cu", hit.Slug);
        var api = await _site.CreateClient().GetStringAsync("/api/search?q=zebradiachi");
        Assert.Contains("\"url\":\"/tin-tuc/bai-co-dia-chi-cu\"", api);
    }
}
