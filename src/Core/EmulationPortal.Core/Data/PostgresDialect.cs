using System.Data.Common;
using Dapper;
using Npgsql;

namespace EmulationPortal.Core.Data;

public sealed class PostgresDialect : ISqlDialect, IDisposable
{
    // The same numbers on every node: "Portal" and then the lock.
    private const long LockKeyBase = 0x506F7274616C_0000;

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
    public async Task<IAsyncDisposable> LockAsync(DbConnection connection, DatabaseLock which, CancellationToken cancellationToken)
    {
        var key = LockKeyBase + (long)which;
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key }, cancellationToken: cancellationToken));
        return new AdvisoryLock(connection, key);
    }

    private sealed class AdvisoryLock(DbConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key });
    }

    public string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
