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

    /// <summary>
    /// The trait of test classes that choose their engines themselves (their own PostgreSQL server, a
    /// SQLite file they make): the run on PostgreSQL in scripts/test.sh leaves them out, as they already ran.
    /// </summary>
    public const string EnginesTrait = "Engines";

    public const string EnginesChosenByTheTest = "ChosenByTheTest";

    /// <summary>
    /// The trait of test classes whose subject no engine changes (response headers, rate limits kept in
    /// memory, the sanitising renderer, sign-in timing, the views' models): the run on PostgreSQL leaves
    /// them out, so CI spends its time on what the engines do differently.
    /// </summary>
    public const string EnginesEither = "Either";

    /// <summary>
    /// A PostgreSQL server for the tests that need one whatever engine the run is on (two nodes, a move
    /// from SQLite): the run's own, or the throwaway one of scripts/postgres.sh, started on demand.
    /// </summary>
    public static string RequirePostgres() => Postgres ?? Throwaway.Value;

    /// <summary>Why the PostgreSQL-only tests cannot run here, or null when they can (always in CI: they fail there instead).</summary>
    public static string? PostgresSkipReason =>
        Postgres is not null || Environment.GetEnvironmentVariable("CI") == "true" || Directory.Exists("/usr/lib/postgresql")
            ? null
            : "PostgreSQL is not installed (Debian package postgresql): scripts/install-deps.sh installs it.";

    private static readonly Lazy<string> Throwaway = new(() => Faults.PostgresServer.Script("start"));

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EmulationPortal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (EmulationPortal.sln) was not found above the test binaries.");
    }

    /// <summary>The settings of a node on the PostgreSQL database named <paramref name="database"/>.</summary>
    public static Dictionary<string, string> PostgresSettings(string database, string? server = null) => new()
    {
        ["Portal:Database:Provider"] = "Postgres",
        ["Portal:Database:ConnectionString"] = ForSite(server ?? RequirePostgres(), database),
    };

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
