using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// One folder of a node's index: its directory, its one <see cref="IndexWriter"/> and the near-real-time searchers
/// over it. The index is complete once a commit names the generation of <c>search_documents</c> it holds (and this
/// release's format); until then it is being built, and searches read what it holds so far. Changes caught up are
/// shown to searches at once but committed (written to disk for good, an fsync of each file) at most every
/// <see cref="CommitEvery"/> and when the folder is closed: after a crash the index opens at the generation it committed
/// last and catches up from there again, adding rows by their id. Searches lease the folder,
/// so that one replaced by another is closed, and its files deleted, only when the last search reading it is done.
/// </summary>
internal sealed class IndexFolder
{
    private const string GenerationKey = "generation", FormatKey = "format";

    /// <summary>How often what was caught up is committed, at most.</summary>
    public static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(30);

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly int _format;
    private int _leases = 1;
    private bool _deleteWhenClosed;
    private long _generation = -1;
    private long _committedAt = Stopwatch.GetTimestamp();
    private bool _uncommitted;

    private IndexFolder(LuceneDirectory directory, string? path, OpenMode mode, int format)
    {
        _directory = directory;
        _path = path;
        _format = format;
        Writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer: null)
        {
            OpenMode = mode,
            RAMBufferSizeMB = 32,
        });
        try
        {
            Searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
        }
        catch
        {
            Writer.Dispose();
            throw;
        }
    }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>The folder's name, for the log; an index held in memory has none.</summary>
    public string Name => _path is null ? "(memory)" : Path.GetFileName(_path);

    /// <summary>The generation of <c>search_documents</c> the index holds; null while it is being built.</summary>
    public long? Generation => Interlocked.Read(ref _generation) is var g and >= 0 ? g : null;

    /// <summary>
    /// The complete index of this format in <paramref name="path"/>, or null when the folder holds none (never
    /// committed whole, or by another release). A missing or corrupt file throws, as the disk's errors do.
    /// </summary>
    public static IndexFolder? Open(string path, int format)
    {
        var directory = new MMapDirectory(new DirectoryInfo(path));
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return null;
            }
            var folder = new IndexFolder(directory, path, OpenMode.APPEND, format);
            var committed = folder.Writer.CommitData;
            if (committed.TryGetValue(FormatKey, out var written) && written == format.ToString(CultureInfo.InvariantCulture)
                && committed.TryGetValue(GenerationKey, out var generation) && long.TryParse(generation, CultureInfo.InvariantCulture, out var g))
            {
                folder._generation = g;
                return folder;
            }
            folder.Close();
            return null;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>An empty index to build in a new folder.</summary>
    public static IndexFolder Create(string path, int format)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = new MMapDirectory(new DirectoryInfo(path));
        try
        {
            return new IndexFolder(directory, path, OpenMode.CREATE, format);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>An empty index in memory, for searches to read when not even an empty folder can be made (a full or failing disk).</summary>
    public static IndexFolder InMemory(int format) => new(new RAMDirectory(), null, OpenMode.CREATE, format);

    /// <summary>Makes what was written durable as the index of <paramref name="generation"/>, and visible to the next search.</summary>
    public void Commit(long generation)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
            [FormatKey] = _format.ToString(CultureInfo.InvariantCulture),
        });
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _generation, generation);
        _committedAt = Stopwatch.GetTimestamp();
        _uncommitted = false;
    }

    /// <summary>Makes what was written visible to the next search as the index of <paramref name="generation"/>; committed when due.</summary>
    public void Show(long generation)
    {
        if (Stopwatch.GetElapsedTime(_committedAt) >= CommitEvery)
        {
            Commit(generation);
            return;
        }
        Searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _generation, generation);
        _uncommitted = true;
    }

    /// <summary>The share of the documents the index holds that are deleted, as of the last refresh.</summary>
    public double DeletedShare()
    {
        var searcher = Searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return reader.MaxDoc == 0 ? 0 : (double)reader.NumDeletedDocs / reader.MaxDoc;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>The doc_ids of the documents the index holds, as of the last refresh.</summary>
    public HashSet<long> HeldDocIds()
    {
        var searcher = Searchers.Acquire();
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
            Searchers.Release(searcher);
        }
    }

    /// <summary>Takes a lease for one search or one build; false once the folder is closed (a newer one has replaced it).</summary>
    public bool TryLease()
    {
        for (var leases = Volatile.Read(ref _leases); leases > 0; leases = Volatile.Read(ref _leases))
        {
            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases)
            {
                return true;
            }
        }
        return false;
    }

    public void Return()
    {
        if (Interlocked.Decrement(ref _leases) == 0)
        {
            Close();
        }
    }

    /// <summary>Gives the folder up: it is closed when the last lease is returned, and deleted if <paramref name="delete"/>.</summary>
    public void Retire(bool delete)
    {
        Volatile.Write(ref _deleteWhenClosed, delete);
        Return();
    }

    /// <summary>Whether an exception is the disk's or the index's fault (a missing or corrupt file, no space), not the code's.</summary>
    public static bool IsFault(Exception e) =>
        // A writer that met such a fault closes itself: it is used after that as an object disposed of.
        e is IOException or UnauthorizedAccessException or ObjectDisposedException;

    private void Close()
    {
        try
        {
            if (_uncommitted && !Volatile.Read(ref _deleteWhenClosed) && Generation is { } generation)
            {
                Commit(generation);
            }
            Searchers.Dispose();
            // Anything else pending is dropped rather than committed: a build given up is of no use, and the generation
            // committed last still says what a complete index holds.
            Writer.Rollback();
        }
        catch (Exception e) when (IsFault(e))
        {
            // A folder given up for a fault may fault again as it closes; it is of no use either way.
        }
        finally
        {
            _directory.Dispose();
            if (Volatile.Read(ref _deleteWhenClosed) && _path is not null)
            {
                DeleteQuietly(_path);
            }
        }
    }

    /// <summary>Deletes a folder, leaving it when the disk refuses: the next start deletes what is not the index.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next start.
        }
    }
}
