using System.Data.Common;
using System.Diagnostics;
using Dapper;
using EmulationPortal.Core.Data;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// The index in a folder of this node (<c>{DataPath}/search-index/v{format}-{random}</c>), kept in step with
/// <c>search_documents</c>: a search reads the table's generation and, when the index is behind it, catches up
/// first through the one <see cref="IndexWriter"/> — the rows written and the doc_ids removed since the index's
/// generation, read from the change log (<c>search_documents.generation</c>, <c>search_removals</c>); every doc_id
/// compared with those held when the log no longer reaches back that far (a rebuild of the table, or a node long
/// behind) — then commits with the generation in the commit's user data and reopens the near-real-time searcher.
/// After a restart the index opens as it was committed and catches up from there.
/// <para>
/// With no index to open (a new node, a deleted folder, another format, a corrupt file), or when the disk or the
/// index fails later, an index is built in a new folder, and the old one deleted: at once when the table is small
/// (<see cref="SearchOptions.BuildInBackgroundAbove"/>), otherwise in the background while searches read what it
/// holds so far and say so (<see cref="Building"/>). A fault never stops a search; it makes its results incomplete.
/// </para>
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    /// <summary>Raised whenever what the index holds changes: an index of another format is never opened, a new folder is built.</summary>
    public const int FormatVersion = 3;

    /// <summary>Beyond this share of deleted documents, they are merged away (a rebuild gives every row a new doc_id).</summary>
    public const double DeletedLimit = 0.2;

    /// <summary>While a build runs, searches see the rows it has added, made visible every this many.</summary>
    public const int VisibleEvery = 10_000;

    /// <summary>After a build failed, searches read what there is for this long before another is tried: retrying at every search frees no disk.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private const int ReadByIdLimit = 2_000;
    private const int BatchSize = 500;

    private readonly IDbConnectionFactory _connections;
    private readonly string _folder;
    private readonly int _backgroundAbove;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly SegmentFacts _facts = new();
    private IndexFolder? _index;
    private Task _built = Task.CompletedTask;
    private DateTime? _retryAt;
    private int _disposed;

    public LuceneIndex(IDbConnectionFactory connections, string folder, int backgroundAbove, ILogger logger)
    {
        _connections = connections;
        _folder = folder;
        _backgroundAbove = backgroundAbove;
        _logger = logger;
        try
        {
            System.IO.Directory.CreateDirectory(folder);
            _index = OpenNewest();
        }
        catch (Exception e) when (IndexFolder.IsFault(e))
        {
            // The first search tries to build one, and searches go on, finding nothing, while it cannot.
            _logger.LogError(e, "The search index folder {Folder} cannot be read", folder);
        }
    }

    public RefreshReport? LastRefresh { get; private set; }

    /// <summary>Whether searches read an index still being built, whose results may be incomplete.</summary>
    public bool Building => Volatile.Read(ref _index)?.Generation is null;

    /// <summary>Completes when no build runs in the background (at once when none does).</summary>
    public Task Built => Volatile.Read(ref _built);

    /// <summary>
    /// The newest complete index of this format among the folder's, or null; every other folder is deleted (an index
    /// of another format, a build a stop cut short, a folder left half deleted), or only passed over when held by
    /// another process.
    /// </summary>
    private IndexFolder? OpenNewest()
    {
        var opened = new List<IndexFolder>();
        foreach (var path in System.IO.Directory.EnumerateDirectories(_folder))
        {
            var name = Path.GetFileName(path);
            try
            {
                if ((name == $"v{FormatVersion}" || name.StartsWith($"v{FormatVersion}-", StringComparison.Ordinal))
                    && IndexFolder.Open(path, FormatVersion) is { } found)
                {
                    opened.Add(found);
                    continue;
                }
            }
            catch (LockObtainFailedException e)
            {
                _logger.LogWarning(e, "The search index in {Folder} is held by another process", name);
                continue;
            }
            catch (Exception e) when (IndexFolder.IsFault(e))
            {
                _logger.LogWarning(e, "The search index in {Folder} cannot be opened; it is deleted and built again", name);
            }
            IndexFolder.DeleteQuietly(path);
        }
        var newest = opened.MaxBy(f => f.Generation);
        foreach (var other in opened.Where(f => f != newest))
        {
            other.Retire(delete: true);
        }
        return newest;
    }

    /// <summary>
    /// Reads the index as of the database's generation (or a later one), catching up first when it is behind.
    /// The source is only valid within <paramref name="read"/>.
    /// </summary>
    public Task<T> ReadAsync<T>(DbConnection connection, Func<IQuerySource, T> read, CancellationToken cancellationToken) =>
        ReadAsync(connection, (reader, facts) => read(new LuceneQuerySource(reader, facts)), cancellationToken);

    /// <summary>The reader itself, with its segments' facts, for what <see cref="QueryEngine"/> does not do (<see cref="LuceneSuggestions"/>).</summary>
    public async Task<T> ReadAsync<T>(DbConnection connection, Func<IndexReader, SegmentFacts, T> read, CancellationToken cancellationToken)
    {
        var index = await CurrentAsync(connection, cancellationToken);
        try
        {
            return Read(index, read);
        }
        catch (Exception e) when (IndexFolder.IsFault(e))
        {
            _logger.LogError(e, "The search index in {Folder} failed to answer; it is built again", index.Name);
            await _refreshing.WaitAsync(CancellationToken.None);
            try
            {
                if (_index == index)
                {
                    await StartBuildAsync(connection);
                }
            }
            finally
            {
                _refreshing.Release();
            }
            return Read(Volatile.Read(ref _index)!, read);
        }
    }

    /// <summary>Reads the index, or the one that replaced it meanwhile.</summary>
    private T Read<T>(IndexFolder index, Func<IndexReader, SegmentFacts, T> read)
    {
        while (!index.TryLease())
        {
            index = Volatile.Read(ref _index)!;
        }
        try
        {
            var searcher = index.Searchers.Acquire();
            try
            {
                return read(searcher.IndexReader, _facts);
            }
            finally
            {
                index.Searchers.Release(searcher);
            }
        }
        finally
        {
            index.Return();
        }
    }

    /// <summary>
    /// The index as of the database's generation (or a later one), caught up first when it is behind; or the index
    /// being built, which a search never waits for, unless the table is small enough to build it now.
    /// </summary>
    private async Task<IndexFolder> CurrentAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var generation = await GenerationAsync(connection);
        if (Volatile.Read(ref _index) is { } current && (current.Generation is null ? !RetryDue : current.Generation >= generation))
        {
            return current;
        }
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var index = _index;
            if (index is null || (index.Generation is null && RetryDue))
            {
                await StartBuildAsync(connection);
            }
            else if (index.Generation < generation)
            {
                try
                {
                    // A catching up is not given up with the request that started it: others wait for it too.
                    await RefreshAsync(connection, index);
                }
                catch (Exception e) when (IndexFolder.IsFault(e))
                {
                    _logger.LogError(e, "The search index in {Folder} failed to catch up; it is built again", index.Name);
                    await StartBuildAsync(connection);
                }
            }
            return _index!;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private bool RetryDue => _retryAt is { } due && DateTime.UtcNow >= due;

    private static Task<long> GenerationAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT generation FROM search_state");

    /// <summary>
    /// Replaces the index searches read by an empty one in a new folder and fills it from the table: now when the table
    /// is small, otherwise in the background. The old folder goes once the searches reading it are done.
    /// </summary>
    private async Task StartBuildAsync(DbConnection connection)
    {
        _retryAt = null;
        IndexFolder building;
        var path = Path.Combine(_folder, $"v{FormatVersion}-{Guid.NewGuid().ToString("N")[..8]}");
        try
        {
            building = IndexFolder.Create(path, FormatVersion);
        }
        catch (Exception e) when (IndexFolder.IsFault(e))
        {
            _logger.LogError(e, "No search index can be made in {Folder}; searches find nothing until it can", path);
            IndexFolder.DeleteQuietly(path);
            building = IndexFolder.InMemory(FormatVersion);
            _retryAt = DateTime.UtcNow + RetryAfter;
        }
        Interlocked.Exchange(ref _index, building)?.Retire(delete: true);
        if (_retryAt is not null)
        {
            return;
        }
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM search_documents");
        if (rows <= _backgroundAbove)
        {
            await BuildAsync(building, rows);
        }
        else
        {
            _logger.LogInformation("Building the search index in {Folder} in the background ({Rows} rows)", building.Name, rows);
            var build = Task.Run(() => BuildAsync(building, rows));
            Volatile.Write(ref _built, Task.WhenAll(_built, build));
        }
    }

    /// <summary>Fills a new folder with every row of the table and commits it as the index of the generation read first.</summary>
    private async Task BuildAsync(IndexFolder building, long rows)
    {
        if (!building.TryLease())
        {
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var connection = await _connections.OpenAsync(_closing.Token);
            // The generation first: the rows read after it are at least as new, and those newer are added again by id when catching up.
            var generation = await GenerationAsync(connection);
            await AddAllAsync(connection, building, wanted: null, visible: true, _closing.Token);
            building.Commit(generation);
            LastRefresh = new RefreshReport(generation, (int)rows, 0, false, Stopwatch.GetElapsedTime(started));
            _logger.LogInformation("Built the search index in {Folder}: {Rows} rows of generation {Generation} in {Seconds:0.0} s",
                building.Name, rows, generation, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // The node stops: the next start builds again.
        }
        catch (Exception e)
        {
            // Searches go on reading what was built, and say so, until another build is tried.
            _logger.LogError(e, "Building the search index in {Folder} failed; another build is tried in {Seconds} s", building.Name, RetryAfter.TotalSeconds);
            _retryAt = DateTime.UtcNow + RetryAfter;
        }
        finally
        {
            building.Return();
        }
    }

    /// <summary>
    /// Brings a complete index to the database's generation: what the change log holds since the index's generation, or
    /// every doc_id compared with those held when the log does not reach back that far. Shown to searches at once,
    /// committed when due (<see cref="IndexFolder.CommitEvery"/>): the table, not the index, is the record.
    /// </summary>
    private async Task RefreshAsync(DbConnection connection, IndexFolder index)
    {
        var started = Stopwatch.GetTimestamp();
        var from = index.Generation!.Value;
        // The generation first: what is read after it is at least as new.
        var (generation, logStart) = await connection.QuerySingleAsync<(long, long)>("SELECT generation, log_start FROM search_state");
        var changes = logStart <= from ? await ChangesSinceAsync(connection, from) : null;
        var (loaded, removed) = changes is var (rows, removals)
            ? Apply(index, rows, removals)
            : await CompareEveryDocIdAsync(connection, index);
        index.Show(generation);
        var merged = index.DeletedShare() > DeletedLimit;
        if (merged)
        {
            index.Writer.ForceMergeDeletes(doWait: true);
            index.Commit(generation);
        }
        LastRefresh = new RefreshReport(generation, loaded, removed, merged, Stopwatch.GetElapsedTime(started), EveryDocId: changes is null);
    }

    /// <summary>
    /// The rows written and the doc_ids removed after generation <paramref name="from"/>, or null when the log no longer
    /// holds them all. Rows of a change committed after the generation was read may be among them: adding a row by its
    /// doc_id again changes nothing, and its removal, read after the rows, is then read too.
    /// </summary>
    private async Task<(List<IndexedDocument> Rows, List<long> Removals)?> ChangesSinceAsync(DbConnection connection, long from)
    {
        var rows = (await connection.QueryAsync<IndexedDocument>($"{IndexedDocument.Select} WHERE generation > @from", new { from })).AsList();
        var removals = (await connection.QueryAsync<long>("SELECT doc_id FROM search_removals WHERE generation > @from", new { from })).AsList();
        // Removals are pruned, and the table rebuilt, by moving log_start on in the same transaction: when it has not passed
        // the index's generation after the removals were read, none of them was missing.
        var logStart = await connection.ExecuteScalarAsync<long>("SELECT log_start FROM search_state");
        return logStart <= from ? (rows, removals) : null;
    }

    private static (int Loaded, int Removed) Apply(IndexFolder index, List<IndexedDocument> rows, List<long> removals)
    {
        foreach (var row in rows)
        {
            // By its id: a catching up that failed half way leaves uncommitted documents that the next one replaces.
            index.Writer.UpdateDocument(IdTerm(row.DocId), LuceneDocuments.Build(row));
        }
        // After the rows: a row removed since it was read is deleted, never left behind.
        foreach (var chunk in removals.Chunk(BatchSize))
        {
            index.Writer.DeleteDocuments(chunk.Select(IdTerm).ToArray());
        }
        return (rows.Count, removals.Count);
    }

    /// <summary>Documents whose doc_id left the table are deleted, rows not held are read and added.</summary>
    private async Task<(int Loaded, int Removed)> CompareEveryDocIdAsync(DbConnection connection, IndexFolder index)
    {
        var held = index.HeldDocIds();
        var ids = (await connection.QueryAsync<long>("SELECT doc_id FROM search_documents")).ToHashSet();
        var gone = held.Where(id => !ids.Contains(id)).ToList();
        var fresh = ids.Where(id => !held.Contains(id)).ToList();
        foreach (var chunk in gone.Chunk(BatchSize))
        {
            index.Writer.DeleteDocuments(chunk.Select(IdTerm).ToArray());
        }
        if (fresh.Count <= ReadByIdLimit)
        {
            foreach (var chunk in fresh.Chunk(BatchSize))
            {
                Apply(index, (await connection.QueryAsync<IndexedDocument>(
                    $"{IndexedDocument.Select} WHERE {_connections.Dialect.InList("doc_id", "@ids")}", new { ids = chunk })).AsList(), []);
            }
        }
        else
        {
            await AddAllAsync(connection, index, fresh.ToHashSet(), visible: false, CancellationToken.None);
        }
        return (fresh.Count, gone.Count);
    }

    private static Term IdTerm(long docId) => new(LuceneDocuments.Id, LuceneDocuments.IdTerm(docId));

    /// <summary>
    /// The rows of <paramref name="wanted"/> (all when null) read from the whole table, made into documents on every core;
    /// <paramref name="visible"/> lets searches see them as they are added, which only an index being built may.
    /// </summary>
    private async Task AddAllAsync(DbConnection connection, IndexFolder index, HashSet<long>? wanted, bool visible, CancellationToken cancellationToken)
    {
        var batches = System.Threading.Channels.Channel.CreateBounded<List<IndexedDocument>>(Environment.ProcessorCount * 2);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(failed.Token))
                {
                    foreach (var row in batch)
                    {
                        index.Writer.UpdateDocument(IdTerm(row.DocId), LuceneDocuments.Build(row));
                    }
                }
            }
            catch
            {
                // Stops the reading, which would otherwise wait for room in the channel forever.
                await failed.CancelAsync();
                throw;
            }
        }, failed.Token)).ToList();
        try
        {
            var batch = new List<IndexedDocument>(BatchSize);
            var read = 0;
            await foreach (var row in connection.QueryUnbufferedAsync<IndexedDocument>(IndexedDocument.Select).WithCancellation(failed.Token))
            {
                if (wanted?.Contains(row.DocId) == false)
                {
                    continue;
                }
                batch.Add(row);
                if (batch.Count == BatchSize)
                {
                    await batches.Writer.WriteAsync(batch, failed.Token);
                    batch = new List<IndexedDocument>(BatchSize);
                }
                if (visible && ++read % VisibleEvery == 0)
                {
                    index.Searchers.MaybeRefresh();
                }
            }
            await batches.Writer.WriteAsync(batch, failed.Token);
        }
        catch (OperationCanceledException)
        {
            // A worker failed, or the node stops: thrown below, once no worker writes any more.
        }
        finally
        {
            batches.Writer.Complete();
        }
        await Task.WhenAll(workers);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose()
    {
        // The container disposes the index once for each service it is registered as.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _closing.Cancel();
        try
        {
            // A build stops at its next batch; its folder is deleted at the next start.
            Built.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Its failure was logged.
        }
        Volatile.Read(ref _index)?.Retire(delete: false);
        _refreshing.Dispose();
        _closing.Dispose();
    }
}
