namespace EmulationPortal.Search.Services.Memory;

/// <summary>A snapshot of the index in memory as <see cref="QueryEngine"/> reads it.</summary>
internal sealed class MemoryQuerySource(Snapshot snapshot, Vocabulary tokens, Vocabulary labels) : IQuerySource
{
    public IReadOnlyList<IQuerySegment> Segments { get; } = snapshot.Parts.Select(p => new MemoryQuerySegment(p, tokens)).ToList();

    public int Documents => snapshot.Documents;

    public double AverageLength => snapshot.AverageLength;

    public Vocabulary Labels => labels;

    public int LabelCount => snapshot.LabelCount;

    // The re-rank by diacritics reads the page's rows instead.
    public bool WeighsAccents => false;

    public int DocumentFrequency(string token) =>
        tokens.Find(token) is var id and >= 0 ? snapshot.Parts.Sum(p => p.Segment.Terms.Count(id)) : 0;
}

/// <summary>
/// A part of a snapshot. Phrases are found pair by pair only: a longer phrase whose pairs stand apart in a
/// document is found too, which is what the Lucene index corrects.
/// </summary>
internal sealed class MemoryQuerySegment(SnapshotPart part, Vocabulary tokens) : IQuerySegment
{
    private readonly Dictionary<(PostingTable, long), ulong[]> _read = [];

    public DocumentFacts[] Documents => part.Segment.Documents;

    public ulong[] Live => part.Live;

    public ulong[] Phrase(IReadOnlyList<string> words, bool exact) => Phrase(words, part.Segment.Pairs);

    public ulong[] TitlePhrase(IReadOnlyList<string> words) => Phrase(words, part.Segment.TitlePairs);

    public ulong[] Accented(string word) => throw new NotSupportedException("The index in memory keeps folded words alone.");

    public void AddScores(string token, double idf, double averageLength, ulong[] candidates, double[] scores)
    {
        var reader = part.Segment.Terms.Read(tokens.Find(token));
        while (reader.Next(out var ordinal, out var frequency))
        {
            if (Bits.Get(candidates, ordinal))
            {
                scores[ordinal] += QueryEngine.Bm25(idf, frequency / IndexedDocument.WeightScale, Documents[ordinal].Length, averageLength);
            }
        }
    }

    private ulong[] Phrase(IReadOnlyList<string> words, PostingTable pairs)
    {
        var ids = words.Select(tokens.Find).ToList();
        if (ids.Contains(-1))
        {
            return Bits.New(part.Segment.Count);
        }
        if (ids.Count == 1)
        {
            return Read(part.Segment.Terms, ids[0]);
        }
        var found = (ulong[])Read(pairs, PostingTable.Pair(ids[0], ids[1])).Clone();
        for (var i = 2; i < ids.Count; i++)
        {
            Bits.And(found, Read(pairs, PostingTable.Pair(ids[i - 1], ids[i])));
        }
        return found;
    }

    // Each list is read once per search; callers copy before they change a set.
    private ulong[] Read(PostingTable table, long key)
    {
        if (!_read.TryGetValue((table, key), out var bits))
        {
            bits = Bits.New(part.Segment.Count);
            var reader = table.Read(key);
            while (reader.Next(out var ordinal, out _))
            {
                Bits.Set(bits, ordinal);
            }
            _read[(table, key)] = bits;
        }
        return bits;
    }
}
