using System.Data.Common;

namespace EmulationPortal.Search.Services;

/// <summary>What the last catching up did, and how long it took.</summary>
internal sealed record RefreshReport(long Generation, int Loaded, int Removed, bool Merged, TimeSpan Elapsed);

/// <summary>
/// Where searches are matched, kept in step with <c>search_documents</c> by its generation: the index in
/// memory or the Lucene index on disk (<c>Portal:Search:Engine</c>). Both are read by the same
/// <see cref="QueryEngine"/>, so they match, count and rank alike but for phrases of three or more
/// words, which only Lucene checks whole.
/// </summary>
internal interface ISearchEngine : IDisposable
{
    RefreshReport? LastRefresh { get; }

    /// <summary>
    /// Reads the index as of the database's generation (or a later one), catching up first when it is behind.
    /// The source is only valid within <paramref name="read"/>.
    /// </summary>
    Task<T> ReadAsync<T>(DbConnection connection, Func<IQuerySource, T> read, CancellationToken cancellationToken);
}
