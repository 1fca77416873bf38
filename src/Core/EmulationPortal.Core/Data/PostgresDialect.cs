using System.Data.Common;
using Dapper;
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

    // unaccent folds every Vietnamese vowel and đ; search needs it, and only a superuser may add it,
    // so it is asked for here, before the migrations, where a missing right shows at once.
    public Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("CREATE EXTENSION IF NOT EXISTS unaccent", cancellationToken: cancellationToken));

    public string ClaimRows => " FOR UPDATE SKIP LOCKED";

    public string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
