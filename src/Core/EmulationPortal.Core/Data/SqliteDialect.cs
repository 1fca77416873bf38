using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Core.Data;

public sealed class SqliteDialect : ISqlDialect
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    private readonly string _connectionString;

    static SqliteDialect() => SQLitePCL.Batteries_V2.Init();

    public SqliteDialect(string connectionString) => _connectionString = connectionString;

    public static SqliteDialect ForFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new SqliteDialect(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString());
    }

    public string Name => "sqlite";

    public DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    // A page cache of 512 KB per connection (SQLite's default is 2 MB): under many readers at once the pool
    // holds a connection each, and the operating system's file cache serves what falls out of it.
    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -512;",
            cancellationToken: cancellationToken));

    // WAL lets readers go on while a writer commits, and is remembered by the database file.
    public Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));

    public string ClaimRows => "";

    // Each migration's transaction begins IMMEDIATE (Microsoft.Data.Sqlite's default), taking the file's
    // write lock before the runner re-reads what is applied: that lock is the one migrations need. A site on
    // SQLite runs a single node, so the site's setup needs none.
    public Task<IAsyncDisposable> LockAsync(DbConnection connection, DatabaseLock which, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public string InList(string column, string parameter) => $"{column} IN {parameter}";

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };
}
