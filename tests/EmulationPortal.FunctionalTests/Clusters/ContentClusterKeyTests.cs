using System.Data.Common;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Clusters;

/// <summary>Content belongs to a cluster, and the database itself holds to it (the Clusters module's migration 2).</summary>
public sealed class ContentClusterKeyTests : IAsyncLifetime
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public Task InitializeAsync() => _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
        TestRecipes.Conference("bai-mot", "Bài một"),
        TestRecipes.Conference("bai-hai", "Bài hai", status: "Draft"))));

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_item_of_an_unknown_cluster_is_refused_by_the_database()
    {
        await using var connection = await _site.OpenDatabaseAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("""
            INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, latest_version)
            VALUES ('bai-lac', 'Conference', 'cum-khong-co', 'bai-lac', 'Draft', 'admin', @now, @now, 1)
            """, new { now = DateTime.UtcNow }));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(
            "UPDATE content_items SET cluster_id = 'cum-khong-co' WHERE id = 'bai-mot'"));
    }

    [Fact]
    public async Task A_cluster_with_content_cannot_be_removed_and_nothing_is_lost()
    {
        await using var connection = await _site.OpenDatabaseAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(
            "DELETE FROM clusters WHERE id = @id", new { id = TestRecipes.ClusterId }));

        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM clusters WHERE id = @id", new { id = TestRecipes.ClusterId }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions"));
    }

    [Fact]
    public async Task The_migration_keeps_every_item_version_and_step_of_an_existing_site()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        const string Counts = """
            SELECT (SELECT COUNT(*) FROM content_items) || '/' || (SELECT COUNT(*) FROM content_versions) || '/'
                || (SELECT COUNT(*) FROM content_transitions) || '/' || (SELECT COUNT(*) FROM content_items WHERE published_version IS NOT NULL)
            """;
        var before = await connection.ExecuteScalarAsync<string>(Counts);
        // The site as it was before the constraint: the migration runs again, over its content.
        if (TestDatabase.IsPostgres)
        {
            await connection.ExecuteAsync("ALTER TABLE content_items DROP CONSTRAINT fk_content_items_cluster");
        }
        await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE module = 'EmulationPortal.Clusters' AND version = 2");

        Assert.Equal(1, await _site.Service<MigrationRunner>().MigrateAsync());

        Assert.Equal(before, await connection.ExecuteScalarAsync<string>(Counts));
        Assert.Equal("2/2/2/1", before);
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(
            "UPDATE content_items SET cluster_id = 'cum-khong-co' WHERE id = 'bai-mot'"));
        Assert.Contains("Bài một", (await _site.GetDocumentAsync("/tin-tuc/bai-mot")).Title);
    }
}
