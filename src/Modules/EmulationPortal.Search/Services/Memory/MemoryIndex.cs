using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Dapper;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Search.Services.Memory;

/// <summary>
/// The index in memory, kept in step with <c>search_documents</c>. Every change to that table raises
/// <c>search_state.generation</c> in its own transaction; a search reads the generation, and when it
/// is not the snapshot's, the snapshot is refreshed first: the doc_ids in the table are compared with
/// those held, documents gone become tombstones, documents not held are read and indexed. Rows never
/// change under a doc_id and a doc_id is never handed out twice, so this is right whichever node made
/// the change, without relying on the order ids commit in. One refresh runs at a time; searches of
/// the same generation read the snapshot they find and never wait.
/// </summary>
internal sealed class MemoryIndex(IDbConnectionFactory connections) : ISearchEngine
{
    /// <summary>The recent segment is merged into the base beyond this many documents…</summary>
    public const int RecentLimit = 5_000;

    /// <summary>…or when this share of the documents held are tombstones.</summary>
    public const double TombstoneLimit = 0.2;

    // Beyond this many documents to read, the whole table is read rather than the rows one by one.
    private const int ReadByIdLimit = 2_000;
    private const int BatchSize = 500;


    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private Snapshot? _snapshot;
    private long _refreshesStarted;
    private long _freshAsOf;

    public Vocabulary Tokens { get; } = new();

    public Vocabulary Labels { get; } = new();

    public RefreshReport? LastRefresh { get; private set; }

    public async Task<T> ReadAsync<T>(DbConnection connection, Func<IQuerySource, T> read, CancellationToken cancellationToken) =>
        read(new MemoryQuerySource(await CurrentAsync(connection, cancellationToken), Tokens, Labels));

    public void Dispose() => _refreshing.Dispose();

    private static Task<long> GenerationAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT generation FROM search_state");

    /// <summary>
    /// The snapshot of the generation the database is at (or a later one): refreshed first when it is
    /// not, by this search or by one that started after this search read the generation.
    /// </summary>
    public async Task<Snapshot> CurrentAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var generation = await GenerationAsync(connection);
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot?.Generation == generation)
        {
            return snapshot;
        }
        var seen = Interlocked.Read(ref _refreshesStarted);
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref _freshAsOf) > seen)
            {
                return _snapshot!;
            }
            var ticket = Interlocked.Increment(ref _refreshesStarted);
            // A refresh is not given up with the request that started it: others wait for it too.
            await RefreshAsync(connection, CancellationToken.None);
            Interlocked.Exchange(ref _freshAsOf, ticket);
            return _snapshot!;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task RefreshAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var generation = await GenerationAsync(connection);
        var ids = (await connection.QueryAsync<long>("SELECT doc_id FROM search_documents")).AsList();
        var wanted = ids.ToHashSet();
        var held = new HashSet<long>();
        var old = _snapshot;
        SnapshotPart? Keep(SnapshotPart? part)
        {
            if (part is null)
            {
                return null;
            }
            var live = part.Live;
            var liveCount = part.LiveCount;
            foreach (var ordinal in Bits.Ordinals(part.Live))
            {
                var docId = part.Segment.Documents[ordinal].DocId;
                if (wanted.Contains(docId))
                {
                    held.Add(docId);
                    continue;
                }
                if (ReferenceEquals(live, part.Live))
                {
                    live = (ulong[])live.Clone();
                }
                Bits.Clear(live, ordinal);
                liveCount--;
            }
            return liveCount == 0 ? null : part with { Live = live, LiveCount = liveCount };
        }
        var @base = Keep(old?.Base);
        var recent = Keep(old?.Recent);
        var removed = (old?.LiveDocuments ?? 0) - held.Count;
        var fresh = ids.Where(id => !held.Contains(id)).ToList();
        if (fresh.Count > 0)
        {
            var added = SnapshotPart.Whole(await ReadRowsAsync(connection, fresh, held, cancellationToken));
            recent = recent is null ? added : SnapshotPart.Whole(Segment.Merge([(recent.Segment, recent.Live), (added.Segment, added.Live)]));
        }
        var merged = false;
        if (@base is null)
        {
            (@base, recent) = (recent, null);
        }
        else if (recent is not null || @base.LiveCount < @base.Segment.Count)
        {
            var parts = new[] { @base, recent }.OfType<SnapshotPart>().ToList();
            var dead = parts.Sum(p => p.Segment.Count - p.LiveCount);
            if (recent?.Segment.Count > RecentLimit || dead > TombstoneLimit * parts.Sum(p => p.Segment.Count))
            {
                @base = SnapshotPart.Whole(Segment.Merge(parts.Select(p => (p.Segment, p.Live)).ToList()));
                recent = null;
                merged = true;
            }
        }
        Volatile.Write(ref _snapshot, new Snapshot(generation, @base, recent, Labels.Count));
        LastRefresh = new RefreshReport(generation, fresh.Count, removed, merged, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// A segment of the documents not held yet: read by doc_id when they are few, else by reading the
    /// whole table (the first load, or after a rebuild), indexed on every core while it is read.
    /// </summary>
    private async Task<Segment> ReadRowsAsync(DbConnection connection, List<long> fresh, HashSet<long> held, CancellationToken cancellationToken)
    {
        if (fresh.Count <= ReadByIdLimit)
        {
            var builder = new SegmentBuilder(Tokens, Labels);
            foreach (var chunk in fresh.Chunk(BatchSize))
            {
                foreach (var row in await connection.QueryAsync<IndexedDocument>(
                    $"{IndexedDocument.Select} WHERE {connections.Dialect.InList("doc_id", "@ids")}", new { ids = chunk }))
                {
                    builder.Add(row);
                }
            }
            return builder.Build();
        }
        var batches = Channel.CreateBounded<List<IndexedDocument>>(Environment.ProcessorCount * 2);
        // A builder that fails stops the reading, which would otherwise wait for room in the channel forever.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            try
            {
                var builder = new SegmentBuilder(Tokens, Labels);
                await foreach (var batch in batches.Reader.ReadAllAsync(failed.Token))
                {
                    batch.ForEach(builder.Add);
                }
                return builder.Build();
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, failed.Token)).ToList();
        try
        {
            var batch = new List<IndexedDocument>(BatchSize);
            await foreach (var row in connection.QueryUnbufferedAsync<IndexedDocument>(IndexedDocument.Select).WithCancellation(failed.Token))
            {
                if (held.Contains(row.DocId))
                {
                    continue;
                }
                batch.Add(row);
                if (batch.Count == BatchSize)
                {
                    await batches.Writer.WriteAsync(batch, failed.Token);
                    batch = new List<IndexedDocument>(BatchSize);
                }
            }
            await batches.Writer.WriteAsync(batch, failed.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A builder failed: its own exception is thrown below.
        }
        finally
        {
            batches.Writer.Complete();
        }
        var segments = await Task.WhenAll(workers);
        return Segment.Merge(segments.Select(s => (s, Bits.All(s.Count))).ToList());
    }
}
