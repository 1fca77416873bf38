using System.Data.Common;

namespace EmulationPortal.Search.Services;

/// <summary>What the last catching up did, and how long it took.</summary>
/// <param name="EveryDocId">Whether every doc_id of the table was read and compared with those held, rather than what changed since the index's generation.</param>
internal sealed record RefreshReport(long Generation, int Loaded, int Removed, bool Merged, TimeSpan Elapsed, bool EveryDocId = true);

/// <summary>
/// Where searches are matched, kept in step with <c>search_documents</c> by its generation: the index in
/// memory or the Lucene index on disk (<c>Portal:Search:Engine</c>). Both are read by the same
/// <see cref="QueryEngine"/>, so they match, count and rank alike but for phrases of three or more
/// words, which only Lucene checks whole.
/// </summary>
internal interface ISearchEngine : IDisposable
{
    RefreshReport? LastRefresh { get; }

    /// <summary>Whether searches read an index still being built, whose results may be incomplete.</summary>
    bool Building => false;

    /// <summary>Completes when no build runs in the background (at once when none does).</summary>
    Task Built => Task.CompletedTask;

    /// <summary>
    /// Reads the index as of the database's generation (or a later one), catching up first when it is behind.
    /// The source is only valid within <paramref name="read"/>.
    /// </summary>
    Task<T> ReadAsync<T>(DbConnection connection, Func<IQuerySource, T> read, CancellationToken cancellationToken);
}
