using Npgsql;

namespace EmulationPortal.FunctionalTests;

/// <summary>
/// Which engine the functional tests run on: SQLite by default; PostgreSQL when PORTAL_TEST_POSTGRES
/// holds a server's connection string (scripts/test.sh starts one with scripts/postgres.sh). Each
/// site gets a database of its own, named after its data folder, so a site reopened on the same
/// folder finds its data again.
/// </summary>
public static class TestDatabase
{
    public static string? Postgres { get; } = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool IsPostgres => Postgres is not null;

    public static string ForSite(string server, string dataPath)
    {
        var name = "site_" + Path.GetFileName(dataPath.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                create.ExecuteNonQuery();
            }
        }
        // Many sites live at once in a test run: small pools that let idle connections go.
        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 6, ConnectionIdleLifetime = 2, ConnectionPruningInterval = 1 }.ConnectionString;
    }
}
