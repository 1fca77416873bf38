using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Media;

/// <summary>
/// The media files each version names (<c>content_media</c>), written by the repository with every version
/// and filled for existing sites by the core's migration 5: what attachment downloads and text extraction ask.
/// </summary>
public sealed class MediaReferencesTests : IAsyncLifetime
{
    private static readonly ContentAccess Reviewer = new("u-reviewer", "nguoiduyet", false, false,
        new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Reviewer });

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
    public async Task A_file_is_live_while_a_published_version_names_it_and_belongs_to_the_clusters_whose_items_name_it()
    {
        var store = _site.Service<ContentStore>();
        var photo = (await ReferencesAsync()).First(r => r.StartsWith("bai-mot/1/", StringComparison.Ordinal)).Split('/')[2];

        Assert.True(await store.IsNamedLiveAsync(photo));
        Assert.Equal([TestRecipes.ClusterId], await store.ClustersNamingAsync(photo));

        await _site.Service<ContentEditing>().TransitionAsync(Reviewer, "bai-mot", WorkflowAction.Unpublish, null);

        // The draft of bai-hai names the same photo: it is still the cluster's, but no longer live.
        Assert.False(await store.IsNamedLiveAsync(photo));
        Assert.Equal([TestRecipes.ClusterId], await store.ClustersNamingAsync(photo));
        Assert.False(await store.IsNamedLiveAsync("khong-co.pdf"));
        Assert.Empty(await store.ClustersNamingAsync("khong-co.pdf"));
    }

    [Fact]
    public async Task A_new_version_names_its_own_files()
    {
        var item = await _site.Service<ContentStore>().GetLatestAsync("bai-mot");
        var data = _site.Service<ContentTypeRegistry>().Deserialize(item!.Type, item.Data);
        await _site.Service<ContentEditing>().SaveAsync(Reviewer, "bai-mot", 1, item.Title, item.ClusterId, data);

        var references = await ReferencesAsync();

        Assert.Equal(references.Count(r => r.StartsWith("bai-mot/1/", StringComparison.Ordinal)),
            references.Count(r => r.StartsWith("bai-mot/2/", StringComparison.Ordinal)));
        Assert.Contains(references, r => r.StartsWith("bai-mot/2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_migration_finds_in_existing_versions_what_the_repository_writes()
    {
        var written = await ReferencesAsync();
        Assert.NotEmpty(written);
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("DROP TABLE content_media");
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE module = 'EmulationPortal.Core' AND version = 5");
        }

        Assert.Equal(1, await _site.Service<MigrationRunner>().MigrateAsync());

        Assert.Equal(written, await ReferencesAsync());
    }

    private async Task<List<string>> ReferencesAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.QueryAsync<string>(
            "SELECT item_id || '/' || version || '/' || media_key FROM content_media ORDER BY item_id, version, media_key")).ToList();
    }
}
