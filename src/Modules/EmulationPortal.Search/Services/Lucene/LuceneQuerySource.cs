using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// The facts of each segment's documents read from its doc values into one array, once per segment: a
/// segment never changes, and a search reads every matched document's facts. Deleted documents are
/// told apart per reader (<see cref="Live"/>), whose deletions do change.
/// </summary>
internal sealed class SegmentFacts
{
    private readonly ConditionalWeakTable<object, DocumentFacts[]> _facts = new();
    private readonly ConditionalWeakTable<object, ulong[]> _live = new();

    public Vocabulary Labels { get; } = new();

    public DocumentFacts[] Of(AtomicReader reader) => _facts.GetValue(reader.CoreCacheKey, _ => Read(reader));

    public ulong[] Live(AtomicReader reader) =>
        reader.LiveDocs is { } live ? _live.GetValue(live, _ => ReadLive(live, reader.MaxDoc)) : Bits.All(reader.MaxDoc);

    private static ulong[] ReadLive(IBits live, int count)
    {
        var bits = Bits.New(count);
        for (var doc = 0; doc < count; doc++)
        {
            if (live.Get(doc))
            {
                Bits.Set(bits, doc);
            }
        }
        return bits;
    }

    private DocumentFacts[] Read(AtomicReader reader)
    {
        var docIds = reader.GetNumericDocValues(LuceneDocuments.DocId);
        var archived = reader.GetNumericDocValues(LuceneDocuments.Archived);
        var dates = reader.GetNumericDocValues(LuceneDocuments.Date);
        var lengths = reader.GetNumericDocValues(LuceneDocuments.Length);
        var type = Sorted(reader, LuceneDocuments.Type, Labels.Id, -1);
        var cluster = Sorted(reader, LuceneDocuments.Cluster, Labels.Id, -1);
        var year = Sorted(reader, LuceneDocuments.Year, Labels.Id, -1);
        var issuer = Sorted(reader, LuceneDocuments.Issuer, Labels.Id, -1);
        var number = Sorted<string?>(reader, LuceneDocuments.Number, s => s, null);
        var numberTokens = Sorted<string?>(reader, LuceneDocuments.NumberTokens, s => s, null);
        var kinds = reader.GetSortedSetDocValues(LuceneDocuments.AwardKind);
        var kindLabels = kinds is null ? [] : Enumerable.Range(0, (int)kinds.ValueCount).Select(ord =>
        {
            var bytes = new BytesRef();
            kinds.LookupOrd(ord, bytes);
            return Labels.Id(bytes.Utf8ToString());
        }).ToArray();
        var facts = new DocumentFacts[reader.MaxDoc];
        var documentKinds = new List<int>();
        for (var doc = 0; doc < facts.Length; doc++)
        {
            documentKinds.Clear();
            if (kinds is not null)
            {
                kinds.SetDocument(doc);
                for (var ord = kinds.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = kinds.NextOrd())
                {
                    documentKinds.Add(kindLabels[ord]);
                }
            }
            facts[doc] = new DocumentFacts(
                docIds.Get(doc),
                archived.Get(doc) == 1,
                type(doc),
                cluster(doc),
                year(doc),
                issuer(doc),
                [.. documentKinds],
                (int)dates.Get(doc),
                number(doc),
                numberTokens(doc),
                lengths.Get(doc) / IndexedDocument.WeightScale);
        }
        return facts;
    }

    /// <summary>A document's value of a sorted doc values field, made once per value of the segment; <paramref name="missing"/> when it has none.</summary>
    private static Func<int, T> Sorted<T>(AtomicReader reader, string field, Func<string, T> make, T missing)
    {
        var values = reader.GetSortedDocValues(field);
        if (values is null)
        {
            return _ => missing;
        }
        var made = Enumerable.Range(0, values.ValueCount).Select(ord =>
        {
            var bytes = new BytesRef();
            values.LookupOrd(ord, bytes);
            return make(bytes.Utf8ToString());
        }).ToArray();
        return doc => values.GetOrd(doc) is var ord and >= 0 ? made[ord] : missing;
    }
}

/// <summary>A searcher's reader as <see cref="QueryEngine"/> reads it.</summary>
internal sealed class LuceneQuerySource : IQuerySource
{
    private readonly IndexReader _reader;
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);

    public LuceneQuerySource(IndexReader reader, SegmentFacts facts)
    {
        _reader = reader;
        Labels = facts.Labels;
        Segments = reader.Leaves.Select(leaf => new LuceneQuerySegment(leaf.AtomicReader, facts.Of(leaf.AtomicReader), facts.Live(leaf.AtomicReader))).ToList();
        // After the segments' facts: every label they use is numbered by now.
        LabelCount = Labels.Count;
        AverageLength = reader.MaxDoc == 0 ? 1 : Math.Max(1, reader.GetSumTotalTermFreq(LuceneDocuments.Text) / IndexedDocument.WeightScale / reader.MaxDoc);
    }

    public IReadOnlyList<IQuerySegment> Segments { get; }

    public int Documents => _reader.MaxDoc;

    public double AverageLength { get; }

    public Vocabulary Labels { get; }

    public int LabelCount { get; }

    public int DocumentFrequency(string token)
    {
        if (!_frequencies.TryGetValue(token, out var frequency))
        {
            frequency = _reader.DocFreq(new Term(LuceneDocuments.Text, token));
            _frequencies[token] = frequency;
        }
        return frequency;
    }
}

/// <summary>One segment of a searcher's reader: its postings read into sets, once each per search.</summary>
internal sealed class LuceneQuerySegment(AtomicReader reader, DocumentFacts[] documents, ulong[] live) : IQuerySegment
{
    private readonly Dictionary<(string Field, string Term), ulong[]> _read = [];

    public DocumentFacts[] Documents => documents;

    public ulong[] Live => live;

    public ulong[] Phrase(IReadOnlyList<string> words, bool exact)
    {
        if (words.Count == 1)
        {
            return Read(LuceneDocuments.Text, words[0]);
        }
        var pairs = Enumerable.Range(0, words.Count - 1).Select(i => LuceneDocuments.PairTerm(words[i], words[i + 1])).ToList();
        var found = (ulong[])Read(LuceneDocuments.Pair, pairs[0]).Clone();
        foreach (var pair in pairs.Skip(1))
        {
            Bits.And(found, Read(LuceneDocuments.Pair, pair));
        }
        return exact && pairs.Count > 1 ? Whole(found, pairs) : found;
    }

    public ulong[] TitlePhrase(IReadOnlyList<string> words)
    {
        var found = Bits.All(documents.Length);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            Bits.And(found, Read(LuceneDocuments.TitlePair, LuceneDocuments.PairTerm(words[i], words[i + 1])));
        }
        return found;
    }

    public void AddScores(string token, double idf, double averageLength, ulong[] candidates, double[] scores)
    {
        var postings = reader.GetTermDocsEnum(new Term(LuceneDocuments.Text, token));
        if (postings is null)
        {
            return;
        }
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            if (Bits.Get(candidates, doc))
            {
                scores[doc] += QueryEngine.Bm25(idf, postings.Freq / IndexedDocument.WeightScale, documents[doc].Length, averageLength);
            }
        }
    }

    /// <summary>
    /// Of the documents holding every pair, those holding them one after the other: pair i at the first pair's
    /// position + i. Pairs' positions run on across a document's fields, so the phrase stands whole in one field.
    /// </summary>
    private ulong[] Whole(ulong[] candidates, IReadOnlyList<string> pairs)
    {
        var postings = pairs.Select(pair => reader.GetTermPositionsEnum(new Term(LuceneDocuments.Pair, pair))).ToList();
        var whole = Bits.New(documents.Length);
        if (postings.Any(p => p is null))
        {
            return whole;
        }
        // Positions come in increasing order: each pair's are kept sorted in a buffer reused from document to document.
        var positions = pairs.Select(_ => new List<int>()).ToList();
        foreach (var doc in Bits.Ordinals(candidates))
        {
            for (var i = 0; i < postings.Count; i++)
            {
                var pair = postings[i];
                if (pair.DocID < doc)
                {
                    pair.Advance(doc);
                }
                positions[i].Clear();
                for (var n = pair.Freq; n > 0; n--)
                {
                    positions[i].Add(pair.NextPosition());
                }
            }
            if (StandsWhole(positions))
            {
                Bits.Set(whole, doc);
            }
        }
        return whole;
    }

    /// <summary>Whether some position p of the first pair has pair i at p + i, for every i.</summary>
    private static bool StandsWhole(List<List<int>> positions)
    {
        foreach (var start in positions[0])
        {
            var i = 1;
            while (i < positions.Count && positions[i].BinarySearch(start + i) >= 0)
            {
                i++;
            }
            if (i == positions.Count)
            {
                return true;
            }
        }
        return false;
    }

    // Each list is read once per search; callers copy before they change a set.
    private ulong[] Read(string field, string term)
    {
        if (!_read.TryGetValue((field, term), out var bits))
        {
            bits = Bits.New(documents.Length);
            var postings = reader.GetTermDocsEnum(new Term(field, term));
            if (postings is not null)
            {
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    Bits.Set(bits, doc);
                }
            }
            _read[(field, term)] = bits;
        }
        return bits;
    }
}
