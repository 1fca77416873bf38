using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Modules;
using EmulationPortal.FunctionalTests.Media;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationPortal.FunctionalTests.Nodes;

/// <summary>Several nodes starting at once on one new database, each running the migrations.</summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesChosenByTheTest)]
public sealed class ConcurrentMigrationTests
{
    private const int Nodes = 4;

    [PostgresFact]
    public async Task Nodes_migrating_one_new_PostgreSQL_database_at_once_apply_each_migration_once()
    {
        var connectionString = TestDatabase.ForSite(TestDatabase.RequirePostgres(), "migrate_" + Guid.NewGuid().ToString("N"));
        var dialects = Enumerable.Range(0, Nodes).Select(_ => new PostgresDialect(connectionString)).ToList();
        try
        {
            await MigrateTogetherAsync(dialects);
        }
        finally
        {
            dialects.ForEach(d => d.Dispose());
        }
    }

    [Fact]
    public async Task Nodes_migrating_one_new_SQLite_file_at_once_apply_each_migration_once()
    {
        var folder = PortalFactory.NewDataPath();
        try
        {
            var file = Path.Combine(folder, "portal.db");
            await MigrateTogetherAsync(Enumerable.Range(0, Nodes).Select(_ => SqliteDialect.ForFile(file)).ToList());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [PostgresFact]
    public async Task Nodes_starting_at_once_on_one_new_PostgreSQL_database_all_start_and_set_the_site_up_once()
    {
        var connectionString = TestDatabase.ForSite(TestDatabase.RequirePostgres(), "start_" + Guid.NewGuid().ToString("N"));
        var folders = Enumerable.Range(0, Nodes).Select(_ => PortalFactory.NewDataPath()).ToList();
        var starts = folders.Select(folder => HostProcess.StartAsync(
            $"--Portal:DataPath={folder}", "--Portal:Database:Provider=Postgres", $"--Portal:Database:ConnectionString={connectionString}",
            "--Portal:DemoContent=false")).ToList();
        try
        {
            await Task.WhenAll(starts);
            using var dialect = new PostgresDialect(connectionString);
            await using var connection = await new DbConnectionFactory(dialect).OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM users"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM site_settings WHERE name = @Name", new { Name = EmulationPortal.Core.Content.SiteSettings.SetupCompleted }));
        }
        finally
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                start.Result.Dispose();
            }
            folders.Where(Directory.Exists).ToList().ForEach(f => Directory.Delete(f, recursive: true));
        }
    }

    private static async Task MigrateTogetherAsync(IReadOnlyList<ISqlDialect> nodes)
    {
        var catalog = ModuleCatalog.Discover(AppContext.BaseDirectory);
        var runners = nodes.Select(d => new MigrationRunner(new DbConnectionFactory(d), catalog, NullLogger<MigrationRunner>.Instance)).ToList();
        var expected = runners[0].All.Select(m => (m.Module, m.Version)).Order().ToList();
        Assert.NotEmpty(expected);

        // Every node waits at the gate, so they all reach the empty database together.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = runners.Select(r => Task.Run(async () => { await gate.Task; return await r.MigrateAsync(); })).ToList();
        gate.SetResult();
        var applied = await Task.WhenAll(runs);

        Assert.Equal(expected.Count, applied.Sum());
        await using var connection = await new DbConnectionFactory(nodes[0]).OpenAsync();
        var recorded = (await connection.QueryAsync<(string Module, int Version)>("SELECT module, version FROM schema_migrations")).Order().ToList();
        Assert.Equal(expected, recorded);
        foreach (var runner in runners)
        {
            Assert.Equal(0, await runner.PendingCountAsync());
        }
        // The last tables of the core and of the modules are there.
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
    }
}
