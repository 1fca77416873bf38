using System.Data.Common;

namespace EmulationPortal.Search.Services;

/// <summary>What the last catching up did, and how long it took.</summary>
internal sealed record RefreshReport(long Generation, int Loaded, int Removed, bool Merged, TimeSpan Elapsed);

/// <summary>
/// Where searches are matched, kept in step with <c>search_documents</c> by its generation: the node's
/// Lucene index on disk, read by <see cref="QueryEngine"/>.
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
