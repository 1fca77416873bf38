using System.Data.Common;
using Npgsql;

namespace EmulationPortal.Core.Data;

public sealed class PostgresDialect : ISqlDialect, IDisposable
{
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

    public string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
