using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using EmulationPortal.Core.Modules;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Core.Data;

/// <summary>
/// Applies the numbered SQL files embedded in the core and in each module
/// (<c>Migrations/0001_name.sql</c>, or <c>0001_name.sqlite.sql</c> / <c>0001_name.postgres.sql</c>
/// where the engines differ), each in its own transaction, and records them.
/// </summary>
public sealed partial class MigrationRunner
{
    private readonly IDbConnectionFactory _connections;
    private readonly ModuleCatalog _catalog;
    private readonly ILogger<MigrationRunner> _logger;
    private readonly Lazy<IReadOnlyList<Migration>> _migrations;

    public MigrationRunner(IDbConnectionFactory connections, ModuleCatalog catalog, ILogger<MigrationRunner> logger)
    {
        _connections = connections;
        _catalog = catalog;
        _logger = logger;
        _migrations = new Lazy<IReadOnlyList<Migration>>(Discover);
    }

    public sealed record Migration(string Module, int Version, string Name, string Sql);

    /// <summary>Every migration the core and the modules carry, in the order they apply.</summary>
    public IReadOnlyList<Migration> All => _migrations.Value;

    private IReadOnlyList<Migration> Discover()
    {
        var dialect = _connections.Dialect.Name;
        var migrations = new List<Migration>();
        foreach (var assembly in _catalog.AssembliesWithMigrations)
        {
            var module = assembly.GetName().Name!;
            foreach (var group in ResourcesOf(assembly).GroupBy(r => r.Version))
            {
                var chosen = group.FirstOrDefault(r => r.Dialect == dialect) ?? group.FirstOrDefault(r => r.Dialect is null)
                    ?? throw new InvalidOperationException($"{module} migration {group.Key} has no file for {dialect}.");
                using var stream = assembly.GetManifestResourceStream(chosen.ResourceName)!;
                using var reader = new StreamReader(stream);
                migrations.Add(new Migration(module, chosen.Version, chosen.Name, reader.ReadToEnd()));
            }
        }
        return migrations.OrderBy(m => ModuleRank(m.Module)).ThenBy(m => m.Version).ToList();
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await EnsureHistoryTableAsync(connection);
        var applied = (await connection.QueryAsync<(string Module, int Version)>(
            "SELECT module, version FROM schema_migrations")).ToHashSet();
        return All.Count(m => !applied.Contains((m.Module, m.Version)));
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var migrationLock = await _connections.Dialect.LockAsync(connection, DatabaseLock.Migrations, cancellationToken);
        await _connections.Dialect.PrepareDatabaseAsync(connection, cancellationToken);
        await EnsureHistoryTableAsync(connection);
        var applied = (await connection.QueryAsync<(string Module, int Version)>(
            "SELECT module, version FROM schema_migrations")).ToHashSet();
        var count = 0;
        foreach (var migration in All.Where(m => !applied.Contains((m.Module, m.Version))))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Read again inside the transaction: another node may have applied it since the list above.
            if (await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM schema_migrations WHERE module = @Module AND version = @Version",
                new { migration.Module, migration.Version }, transaction) > 0)
            {
                continue;
            }
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (module, version, name, applied_utc) VALUES (@Module, @Version, @Name, @AppliedUtc)",
                new { migration.Module, migration.Version, migration.Name, AppliedUtc = DateTime.UtcNow }, transaction);
            await transaction.CommitAsync(cancellationToken);
            _logger.LogInformation("Applied migration {Module} {Version} {Name}", migration.Module, migration.Version, migration.Name);
            count++;
        }
        return count;
    }

    private static Task EnsureHistoryTableAsync(System.Data.Common.DbConnection connection) =>
        connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                module TEXT NOT NULL,
                version INTEGER NOT NULL,
                name TEXT NOT NULL,
                applied_utc TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (module, version))
            """);

    private int ModuleRank(string module)
    {
        var index = _catalog.AssembliesWithMigrations.Select(a => a.GetName().Name).ToList().IndexOf(module);
        return index < 0 ? int.MaxValue : index;
    }

    private sealed record MigrationResource(string ResourceName, int Version, string Name, string? Dialect);

    private static IEnumerable<MigrationResource> ResourcesOf(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationResourcePattern().Match(resource);
            if (match.Success)
            {
                yield return new MigrationResource(
                    resource,
                    int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    match.Groups["name"].Value,
                    match.Groups["dialect"].Success ? match.Groups["dialect"].Value : null);
            }
        }
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)(\.(?<dialect>sqlite|postgres))?\.sql$")]
    private static partial Regex MigrationResourcePattern();
}
