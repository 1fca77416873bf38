namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// A term's postings in one segment as a search reads them: the documents as a set and, for a word that is
/// scored, each one's weighted frequency as a <see cref="FrequencyCode"/> — by document when many documents hold
/// the word, else beside a list of the documents.
/// </summary>
internal sealed record TermPostings(ulong[] Set, byte[]? ByDocument = null, int[]? Documents = null, byte[]? Frequencies = null)
{
    public long Bytes => Set.Length * 8L + (ByDocument?.Length ?? 0) + (Documents?.Length ?? 0) * 5L + 64;

    /// <summary>How many documents hold the term, deleted ones included, as Lucene's document frequency counts them.</summary>
    public int Holding => Documents?.Length ?? Bits.Count(Set);
}

/// <summary>
/// A weighted frequency (times <see cref="IndexedDocument.WeightScale"/>) in one byte, as Lucene keeps a length in
/// one: exact up to 127, then in steps of 5 % up to about 62,800. The cached frequencies were most of the portal's heap
/// at 110,000 items as two bytes each; BM25 has nearly stopped growing where the steps begin (a word 64 times in
/// a document's weighted fields), so a step moves a score by a small fraction of a percent.
/// </summary>
internal static class FrequencyCode
{
    private const int ExactBelow = 128;
    private const double Step = 1.05;

    /// <summary>The weighted frequency each code stands for, divided by <see cref="IndexedDocument.WeightScale"/>.</summary>
    public static readonly float[] Frequency = Enumerable.Range(0, 256)
        .Select(code => (float)(code < ExactBelow ? code : ExactBelow * Math.Pow(Step, code - ExactBelow)) / IndexedDocument.WeightScale)
        .ToArray();

    public static byte Encode(int scaledFrequency) => scaledFrequency < ExactBelow
        ? (byte)Math.Max(scaledFrequency, 0)
        : (byte)Math.Min(byte.MaxValue, ExactBelow + (int)Math.Round(Math.Log(scaledFrequency / (double)ExactBelow, Step)));
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

    /// <summary>The cached postings, or those <paramref name="read"/> makes of <paramref name="state"/>, kept when they fit the budget.</summary>
    /// <remarks>The state is passed, not captured: most reads are hits, which then allocate nothing.</remarks>
    public TermPostings GetOrRead<TState>(object core, string field, string term, TState state, Func<TState, TermPostings> read)
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
        var postings = read(state);
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
