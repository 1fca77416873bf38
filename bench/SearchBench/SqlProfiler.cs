using System.Data.Common;
using System.Diagnostics;
using EmulationPortal.Core.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SearchBench;

/// <summary>
/// The site's connection factory with SQLite's statement profiler switched on while <see cref="Recording"/>:
/// each statement the search runs is timed by SQLite itself (from its first step to its reset, so
/// reading the rows is included), and opening the connection is timed around the real factory.
/// </summary>
internal sealed class SqlProfiler(DbConnectionFactory inner) : IDbConnectionFactory
{
    public const string Open = "open connection";

    private readonly List<(string Part, double Milliseconds)> _timings = [];
    private strdelegate_profile? _onStatement;

    public bool Recording { get; set; }

    public ISqlDialect Dialect => inner.Dialect;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var connection = await inner.OpenAsync(cancellationToken);
        var handle = ((SqliteConnection)connection).Handle;
        if (Recording)
        {
            _timings.Add((Open, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            raw.sqlite3_profile(handle, _onStatement ??= OnStatement, null);
        }
        else
        {
            raw.sqlite3_profile(handle, (strdelegate_profile?)null, null);
        }
        return connection;
    }

    /// <summary>The parts timed since the last call, and forgets them.</summary>
    public List<(string Part, double Milliseconds)> Take()
    {
        var taken = _timings.ToList();
        _timings.Clear();
        NestedStatements = 0;
        return taken;
    }

    /// <summary>How many statements FTS5 ran inside the search's own ones (reads of its shadow tables) since the last <see cref="Take"/>.</summary>
    public int NestedStatements { get; private set; }

    // SQLite reports every statement of the connection: also those FTS5 runs on its shadow tables while
    // a search statement steps, whose time is already in that statement's, and the connection's
    // set-up PRAGMAs, timed with the opening. Those are counted, not timed twice.
    private void OnStatement(object userData, string statement, long nanoseconds)
    {
        if (statement.Contains("'main'.'search_fts_", StringComparison.Ordinal) || statement.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
        {
            NestedStatements++;
            return;
        }
        _timings.Add((Classify(statement), nanoseconds / 1_000_000.0));
    }

    /// <summary>Which statement of a search (SearchAsync) or of a rebuild (RebuildAsync) this is, told by its text.</summary>
    private static string Classify(string sql) =>
        sql.Contains("GROUP BY d.type", StringComparison.Ordinal) ? "facet type"
        : sql.Contains("GROUP BY d.cluster_id", StringComparison.Ordinal) ? "facet cluster"
        : sql.Contains("GROUP BY CAST(d.year", StringComparison.Ordinal) ? "facet year"
        : sql.Contains("GROUP BY d.issuer", StringComparison.Ordinal) ? "facet issuer"
        : sql.Contains("GROUP BY k.kind", StringComparison.Ordinal) ? "facet award kind"
        : sql.Contains("SELECT COUNT(*)", StringComparison.Ordinal) ? "count"
        : sql.Contains("SELECT d.item_id", StringComparison.Ordinal) ? "hits page"
        : sql.Contains("FROM content_items", StringComparison.Ordinal) ? "read items"
        : sql.Contains("INSERT INTO search_documents", StringComparison.Ordinal) ? "insert documents"
        : sql.Contains("INSERT INTO search_fts (rowid", StringComparison.Ordinal) ? "insert words (FTS5)"
        : sql.Contains("INSERT INTO search_award_kinds", StringComparison.Ordinal) ? "insert award kinds"
        : sql.Contains("'optimize'", StringComparison.Ordinal) ? "optimize (FTS5)"
        : sql.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) ? "clear the index"
        : sql.TrimStart().StartsWith("COMMIT", StringComparison.OrdinalIgnoreCase) ? "commit"
        : "other SQL";
}
