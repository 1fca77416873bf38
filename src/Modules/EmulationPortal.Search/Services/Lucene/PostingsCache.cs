namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// A term's postings in one segment as a search reads them: the documents as a set and, for a word that is
/// scored, each one's weighted frequency (times <see cref="IndexedDocument.WeightScale"/>, capped at 65,535:
/// BM25 has long stopped growing there) — by document when most documents hold the word, else beside a list.
/// </summary>
internal sealed record TermPostings(ulong[] Set, ushort[]? ByDocument = null, int[]? Documents = null, ushort[]? Frequencies = null)
{
    public long Bytes => Set.Length * 8L + (ByDocument?.Length ?? 0) * 2L + (Documents?.Length ?? 0) * 6L + 64;
}

/// <summary>
/// The postings of the terms searched most lately, decoded, within a budget of memory: the same few words
/// ("thi đua", "khen thưởng", a cluster's number) come back in most searches, and decoding Lucene's
/// compressed lists again each time cost more than the rest of a search. A segment never changes once
/// written, so its core is the key and nothing has to be invalidated; deletions are applied after, from the
/// reader's live documents. Lucene's own LRUQueryCache does the same for filters (not in 4.8).
/// </summary>
internal sealed class PostingsCache(long budgetBytes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(object Core, string Field, string Term), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recent = new();
    private long _bytes;

    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>The cached postings, or those <paramref name="read"/> makes, kept when they fit the budget.</summary>
    public TermPostings GetOrRead(object core, string field, string term, Func<TermPostings> read)
    {
        var key = (core, field, term);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Postings;
            }
        }
        // Read outside the lock: two searches may read the same term at once, and the later one's is kept.
        var postings = read();
        if (postings.Bytes > budgetBytes / 8)
        {
            return postings;
        }
        lock (_lock)
        {
            if (_entries.Remove(key, out var stale))
            {
                _recent.Remove(stale);
                _bytes -= stale.Value.Postings.Bytes;
            }
            _entries[key] = _recent.AddFirst(new Entry(key, postings));
            _bytes += postings.Bytes;
            while (_bytes > budgetBytes && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Postings.Bytes;
            }
        }
        return postings;
    }

    /// <summary>Drops what was kept of a segment that is closed (merged away): it is never read again.</summary>
    public void Forget(object core)
    {
        lock (_lock)
        {
            foreach (var key in _entries.Keys.Where(key => key.Core == core).ToList())
            {
                _entries.Remove(key, out var node);
                _recent.Remove(node!);
                _bytes -= node!.Value.Postings.Bytes;
            }
        }
    }

    private sealed record Entry((object Core, string Field, string Term) Key, TermPostings Postings);
}
