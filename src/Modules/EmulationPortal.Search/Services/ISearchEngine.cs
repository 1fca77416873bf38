using System.Data.Common;

namespace EmulationPortal.Search.Services;

/// <summary>What the last catching up did, and how long it took.</summary>
/// <param name="EveryDocId">Whether every doc_id of the table was read and compared with those held, rather than what changed since the index's generation.</param>
internal sealed record RefreshReport(long Generation, int Loaded, int Removed, bool Merged, TimeSpan Elapsed, bool EveryDocId = true);

/// <summary>
/// Where searches are matched, kept in step with <c>search_documents</c> by its generation: the node's
/// Lucene index on disk, read by <see cref="QueryEngine"/>.
/// </summary>
internal interface ISearchEngine : IDisposable
{
    RefreshReport? LastRefresh { get; }

    /// <summary>Whether searches read an index still being built, whose results may be incomplete.</summary>
    bool Building { get; }

    /// <summary>Completes when no build runs in the background (at once when none does).</summary>
    Task Built { get; }

    /// <summary>
    /// Reads the index as of the database's generation (or a later one), catching up first when it is behind.
    /// The source is only valid within <paramref name="read"/>.
    /// </summary>
    Task<T> ReadAsync<T>(DbConnection connection, Func<IQuerySource, T> read, CancellationToken cancellationToken);
}
