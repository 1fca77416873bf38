using Dapper;
using EmulationPortal.Core.Data;
using Xunit.Abstractions;

namespace EmulationPortal.UnitTests.Core.Data;

public sealed class SqliteDialectTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-unit-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// SQLite before 3.50 lacks the fixes for CVE-2022-35737 and CVE-2025-6965: a package downgrade (or a
    /// bundle that loads an older native library) must fail here rather than ship.
    /// </summary>
    [Fact]
    public async Task The_native_SQLite_is_3_50_or_newer_and_the_connection_settings_take_effect()
    {
        var dialect = SqliteDialect.ForFile(Path.Combine(_folder, "portal.db"));
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync();
        await dialect.PrepareDatabaseAsync(connection, CancellationToken.None);
        await dialect.PrepareConnectionAsync(connection, CancellationToken.None);

        var version = Version.Parse(await connection.ExecuteScalarAsync<string>("SELECT sqlite_version()") ?? "");

        output.WriteLine($"SQLite {version}");
        Assert.True(version >= new Version(3, 50), $"SQLite {version} is older than 3.50.");
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(-512, await connection.ExecuteScalarAsync<int>("PRAGMA cache_size"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(10000, await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
    }
}
