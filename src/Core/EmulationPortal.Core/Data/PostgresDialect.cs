using System.Data.Common;
using Dapper;
using Npgsql;

namespace EmulationPortal.Core.Data;

public sealed class PostgresDialect : ISqlDialect, IDisposable
{
    // The same number on every node, and one no other advisory lock of the portal uses.
    private const long MigrationLockKey = 0x506F7274616C4D31; // "PortalM1"

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString) => _dataSource = NpgsqlDataSource.Create(connectionString);

    public string Name => "postgres";

    /// <summary>Closes the pool's connections with the host, so a stopped node holds none.</summary>
    public void Dispose() => _dataSource.Dispose();

    public DbConnection CreateConnection() => _dataSource.CreateConnection();

    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    // Nothing engine-wide to set: search folds Vietnamese in C# (the very folding its queries use),
    // so no extension is needed and an ordinary role can run the migrations.
    public Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public string ClaimRows => " FOR UPDATE SKIP LOCKED";

    // A session lock rather than one per transaction: it also covers creating the history table, which two
    // sessions cannot do at once even with IF NOT EXISTS. A node that dies mid-run loses its session and the lock.
    public async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key = MigrationLockKey }, cancellationToken: cancellationToken));
        return new AdvisoryLock(connection);
    }

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@Key)", new { Key = MigrationLockKey });
    }

    public string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
