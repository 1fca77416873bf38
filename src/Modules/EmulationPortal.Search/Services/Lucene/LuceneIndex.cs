using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using EmulationPortal.Core.Data;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// The index in a folder of this node (<c>{DataPath}/search-index/v{format}</c>), kept in step with
/// <c>search_documents</c>: a search reads the table's generation and, when the
/// index is behind it, catches up first — documents whose doc_id left the table are deleted, rows not held
/// are read and added — through the one <see cref="IndexWriter"/>, then commits with the generation in the
/// commit's user data and reopens the near-real-time searcher. After a restart the index opens as it was
/// committed and catches up from there, instead of being built again.
/// </summary>
internal sealed class LuceneIndex : ISearchEngine
{
    /// <summary>Raised whenever what the index holds changes: an index of another format is never opened, a new folder is built.</summary>
    public const int FormatVersion = 2;

    /// <summary>Beyond this share of deleted documents, they are merged away (a rebuild gives every row a new doc_id).</summary>
    public const double DeletedLimit = 0.2;

    private const string GenerationKey = "generation", FormatKey = "format";
    private const int ReadByIdLimit = 2_000;
    private const int BatchSize = 500;

    private readonly IDbConnectionFactory _connections;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly SegmentFacts _facts = new();
    private HashSet<long> _held;
    private long _generation;

    public LuceneIndex(IDbConnectionFactory connections, string folder)
    {
        _connections = connections;
        var path = Path.Combine(folder, $"v{FormatVersion}");
        System.IO.Directory.CreateDirectory(path);
        _directory = new MMapDirectory(new DirectoryInfo(path));
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer: null)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 32,
        });
        var committed = _writer.CommitData;
        if (committed.TryGetValue(FormatKey, out var format) && format == FormatVersion.ToString(CultureInfo.InvariantCulture)
            && committed.TryGetValue(GenerationKey, out var generation) && long.TryParse(generation, CultureInfo.InvariantCulture, out var g))
        {
            _generation = g;
        }
        else
        {
            // Not an index this release wrote whole: built again from the table at the first catching up.
            _writer.DeleteAll();
            _generation = -1;
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _held = HeldDocIds();
        foreach (var other in System.IO.Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) != $"v{FormatVersion}"))
        {
            // An index of another format is of no use to this release.
            System.IO.Directory.Delete(other, recursive: true);
        }
    }

    public RefreshReport? LastRefresh { get; private set; }

    public async Task<T> ReadAsync<T>(DbConnection connection, Func<IQuerySource, T> read, CancellationToken cancellationToken)
    {
        await CatchUpAsync(connection, cancellationToken);
        var searcher = _searchers.Acquire();
        try
        {
            return read(new LuceneQuerySource(searcher.IndexReader, _facts));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private async Task CatchUpAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var generation = await GenerationAsync(connection);
        if (Interlocked.Read(ref _generation) >= generation)
        {
            return;
        }
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref _generation) >= generation)
            {
                return;
            }
            // A catching up is not given up with the request that started it: others wait for it too.
            await RefreshAsync(connection, CancellationToken.None);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private static Task<long> GenerationAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT generation FROM search_state");

    private async Task RefreshAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // The generation first: the doc_ids read after it are at least as new.
        var generation = await GenerationAsync(connection);
        var ids = (await connection.QueryAsync<long>("SELECT doc_id FROM search_documents")).ToHashSet();
        var gone = _held.Where(id => !ids.Contains(id)).ToList();
        var fresh = ids.Where(id => !_held.Contains(id)).ToList();
        foreach (var chunk in gone.Chunk(BatchSize))
        {
            _writer.DeleteDocuments(chunk.Select(id => new Term(LuceneDocuments.Id, LuceneDocuments.IdTerm(id))).ToArray());
        }
        if (fresh.Count <= ReadByIdLimit)
        {
            foreach (var chunk in fresh.Chunk(BatchSize))
            {
                foreach (var row in await connection.QueryAsync<IndexedDocument>(new CommandDefinition(
                    $"{IndexedDocument.Select} WHERE {_connections.Dialect.InList("doc_id", "@ids")}", new { ids = chunk }, cancellationToken: cancellationToken)))
                {
                    // By its id: a catching up that failed half way leaves uncommitted documents that the next one replaces.
                    _writer.UpdateDocument(new Term(LuceneDocuments.Id, LuceneDocuments.IdTerm(row.DocId)), LuceneDocuments.Build(row));
                }
            }
        }
        else
        {
            await AddAllAsync(connection, fresh.ToHashSet(), cancellationToken);
        }
        Commit(generation);
        var merged = DeletedShare() > DeletedLimit;
        if (merged)
        {
            _writer.ForceMergeDeletes(doWait: true);
            Commit(generation);
        }
        _held = ids;
        Interlocked.Exchange(ref _generation, generation);
        LastRefresh = new RefreshReport(generation, fresh.Count, gone.Count, merged, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Makes what was written durable with the generation it brings the index to, and visible to the next search.</summary>
    private void Commit(long generation)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
            [FormatKey] = FormatVersion.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>The share of the documents the index holds that are deleted, as of the last commit.</summary>
    private double DeletedShare()
    {
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return reader.MaxDoc == 0 ? 0 : (double)reader.NumDeletedDocs / reader.MaxDoc;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The rows of <paramref name="wanted"/> read from the whole table (the first build, or after a rebuild), made into documents on every core.</summary>
    private async Task AddAllAsync(DbConnection connection, HashSet<long> wanted, CancellationToken cancellationToken)
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
                        _writer.UpdateDocument(new Term(LuceneDocuments.Id, LuceneDocuments.IdTerm(row.DocId)), LuceneDocuments.Build(row));
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
            await foreach (var row in connection.QueryUnbufferedAsync<IndexedDocument>(IndexedDocument.Select).WithCancellation(failed.Token))
            {
                if (!wanted.Contains(row.DocId))
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
            // A worker failed: its own exception is thrown below.
        }
        finally
        {
            batches.Writer.Complete();
        }
        await Task.WhenAll(workers);
    }

    /// <summary>The doc_ids of the documents the index holds, read once at opening.</summary>
    private HashSet<long> HeldDocIds()
    {
        var searcher = _searchers.Acquire();
        try
        {
            var held = new HashSet<long>();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var docIds = reader.GetNumericDocValues(LuceneDocuments.DocId);
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        held.Add(docIds.Get(doc));
                    }
                }
            }
            return held;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _refreshing.Dispose();
    }
}
