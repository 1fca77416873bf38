using System.Numerics;
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
    private const long PostingsBudget = 32L << 20;

    private readonly ConditionalWeakTable<object, DocumentFacts[]> _facts = new();
    private readonly ConditionalWeakTable<object, ulong[]> _live = new();

    public Vocabulary Labels { get; } = new();

    /// <summary>Decoded postings of the terms searched lately, for all segments: a few common words' lists fill most of it.</summary>
    public PostingsCache Postings { get; } = new(PostingsBudget);

    public DocumentFacts[] Of(AtomicReader reader) => _facts.GetValue(reader.CoreCacheKey, _ =>
    {
        // The postings kept hold the segment's key, and with it these facts: both go when the segment is merged away.
        (reader as SegmentReader)?.AddCoreDisposedListener(new ForgetPostings(Postings));
        return Read(reader);
    });

    /// <summary>
    /// Reads the facts of the reader's segments not read yet side by side: at a node's start, that is most of opening
    /// the index (two segments of 50,000 documents each at 110,000 items), and the second core is idle meanwhile.
    /// </summary>
    public void ReadMissing(IndexReader reader)
    {
        var missing = reader.Leaves.Where(leaf => !_facts.TryGetValue(leaf.AtomicReader.CoreCacheKey, out _)).ToList();
        if (missing.Count > 1)
        {
            Parallel.ForEach(missing, leaf => Of(leaf.AtomicReader));
        }
    }

    private sealed class ForgetPostings(PostingsCache postings) : SegmentReader.ICoreDisposedListener
    {
        public void OnDispose(object ownerCoreCacheKey) => postings.Forget(ownerCoreCacheKey);
    }

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
        var number = Ordinals(reader, LuceneDocuments.Number);
        var numberTokens = Ordinals(reader, LuceneDocuments.NumberTokens);
        var kinds = reader.GetSortedSetDocValues(LuceneDocuments.AwardKind);
        var kindLabels = kinds is null ? [] : Enumerable.Range(0, (int)kinds.ValueCount).Select(ord =>
        {
            var bytes = new BytesRef();
            kinds.LookupOrd(ord, bytes);
            return Labels.Id(bytes.Utf8ToString());
        }).ToArray();
        var facts = new DocumentFacts[reader.MaxDoc];
        var documentKinds = new List<int>();
        // Most award decisions name one of a few sets of kinds: documents with the same set share one array.
        var kindSets = new Dictionary<string, int[]>(StringComparer.Ordinal) { [""] = [] };
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
                KindSet(kindSets, documentKinds),
                (int)dates.Get(doc),
                number(doc),
                numberTokens(doc),
                lengths.Get(doc) / IndexedDocument.WeightScale);
        }
        return facts;
    }

    private static int[] KindSet(Dictionary<string, int[]> sets, List<int> kinds)
    {
        var key = string.Join(',', kinds);
        if (!sets.TryGetValue(key, out var set))
        {
            set = [.. kinds];
            sets[key] = set;
        }
        return set;
    }

    /// <summary>A document's ordinal in a sorted doc values field, -1 when it has none: numbers are compared by ordinal, never read as text.</summary>
    private static Func<int, int> Ordinals(AtomicReader reader, string field) =>
        reader.GetSortedDocValues(field) is { } values ? values.GetOrd : _ => -1;

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
    private readonly List<LuceneQuerySegment> _segments;
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);

    public LuceneQuerySource(IndexReader reader, SegmentFacts facts)
    {
        _reader = reader;
        Labels = facts.Labels;
        facts.ReadMissing(reader);
        _segments = reader.Leaves.Select(leaf => new LuceneQuerySegment(leaf.AtomicReader, facts.Of(leaf.AtomicReader), facts.Live(leaf.AtomicReader), facts.Postings)).ToList();
        // After the segments' facts: every label they use is numbered by now.
        LabelCount = Labels.Count;
        AverageLength = reader.MaxDoc == 0 ? 1 : Math.Max(1, reader.GetSumTotalTermFreq(LuceneDocuments.Text) / IndexedDocument.WeightScale / reader.MaxDoc);
    }

    public IReadOnlyList<IQuerySegment> Segments => _segments;

    public int Documents => _reader.MaxDoc;

    public double AverageLength { get; }

    public Vocabulary Labels { get; }

    public int LabelCount { get; }

    public int DocumentFrequency(string token)
    {
        if (!_frequencies.TryGetValue(token, out var frequency))
        {
            // From the postings the search scores with, mostly kept already: asking the reader walks each segment's terms again.
            frequency = _segments.Sum(segment => segment.Holding(token));
            _frequencies[token] = frequency;
        }
        return frequency;
    }
}

/// <summary>
/// One segment of a searcher's reader. Postings are read through the index's <see cref="PostingsCache"/>, and
/// once each per search: a word is matched, then scored, and a phrase's pairs are read again for its boost.
/// </summary>
internal sealed class LuceneQuerySegment(AtomicReader reader, DocumentFacts[] documents, ulong[] live, PostingsCache cache) : IQuerySegment
{
    /// <summary>The field under which phrases checked whole by position are kept: not a field of the index.</summary>
    private const string WholePhrase = "phrase";

    private readonly Dictionary<(string Field, string Term), TermPostings> _read = [];

    public DocumentFacts[] Documents => documents;

    public ulong[] Live => live;

    public ulong[] Phrase(IReadOnlyList<string> words, bool exact)
    {
        if (words.Count == 1)
        {
            return Read(LuceneDocuments.Text, words[0]).Set;
        }
        if (exact && words.Count > 2)
        {
            return Read(WholePhrase, string.Join(' ', words)).Set;
        }
        return Pairs(LuceneDocuments.Pair, words);
    }

    public ulong[] TitlePhrase(IReadOnlyList<string> words) => Pairs(LuceneDocuments.TitlePair, words);

    public ulong[] Accented(string word) => Read(LuceneDocuments.Accented, word).Set;

    /// <summary>How many documents of the segment hold the folded token (<see cref="TermPostings.Holding"/>).</summary>
    public int Holding(string token) => Read(LuceneDocuments.Text, token).Holding;

    public (int Number, int NumberTokens) NumberOrdinals(string? number, string? numberTokens) =>
        (Ordinal(LuceneDocuments.Number, number), Ordinal(LuceneDocuments.NumberTokens, numberTokens));

    // -2 where nothing is sought or no document bears it: never a document's ordinal, nor -1 (none).
    private int Ordinal(string field, string? value) =>
        value is not null && reader.GetSortedDocValues(field) is { } values && values.LookupTerm(new BytesRef(value)) is var ord and >= 0 ? ord : -2;

    public void AddScores(string token, double idf, double averageLength, ulong[] candidates, double[] scores)
    {
        var postings = Read(LuceneDocuments.Text, token);
        if (postings.ByDocument is { } byDocument)
        {
            var set = postings.Set;
            for (var w = 0; w < candidates.Length; w++)
            {
                for (var word = candidates[w] & set[w]; word != 0; word &= word - 1)
                {
                    var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                    scores[doc] += QueryEngine.Bm25(idf, FrequencyCode.Frequency[byDocument[doc]], documents[doc].Length, averageLength);
                }
            }
            return;
        }
        var (docs, frequencies) = (postings.Documents!, postings.Frequencies!);
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if (Bits.Get(candidates, doc))
            {
                scores[doc] += QueryEngine.Bm25(idf, FrequencyCode.Frequency[frequencies[i]], documents[doc].Length, averageLength);
            }
        }
    }

    /// <summary>The documents holding every pair of neighbouring words in the field: read, never changed, as every set read here.</summary>
    private ulong[] Pairs(string field, IReadOnlyList<string> words)
    {
        var first = Read(field, LuceneDocuments.PairTerm(words[0], words[1])).Set;
        if (words.Count == 2)
        {
            return first;
        }
        var found = (ulong[])first.Clone();
        for (var i = 2; i < words.Count; i++)
        {
            Bits.And(found, Read(field, LuceneDocuments.PairTerm(words[i - 1], words[i])).Set);
        }
        return found;
    }

    // Read once per search, and kept across searches when the cache has room; callers copy a set before they change it.
    private TermPostings Read(string field, string term)
    {
        if (!_read.TryGetValue((field, term), out var postings))
        {
            postings = cache.GetOrRead(reader.CoreCacheKey, field, term, (Segment: this, Field: field, Term: term), static read => read.Field switch
            {
                LuceneDocuments.Text => read.Segment.Scored(read.Term),
                WholePhrase => new TermPostings(read.Segment.Whole(read.Term.Split(' '))),
                _ => new TermPostings(read.Segment.Set(read.Field, read.Term)),
            });
            _read[(field, term)] = postings;
        }
        return postings;
    }

    private ulong[] Set(string field, string term) => Set(reader, field, term);

    /// <summary>The documents of the segment holding the term, deleted ones included (see <see cref="Postings"/>).</summary>
    internal static ulong[] Set(AtomicReader reader, string field, string term)
    {
        var bits = Bits.New(reader.MaxDoc);
        // Frequencies are not read: a set is all the match needs of a pair.
        var postings = Postings(reader, field, term, DocsFlags.NONE, out _);
        if (postings is not null)
        {
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                Bits.Set(bits, doc);
            }
        }
        return bits;
    }

    private TermPostings Scored(string token)
    {
        var bits = Bits.New(documents.Length);
        var postings = Postings(reader, LuceneDocuments.Text, token, DocsFlags.FREQS, out var holding);
        if (postings is null)
        {
            return new TermPostings(bits, Documents: [], Frequencies: []);
        }
        // By document when that takes less room than a list of (document, frequency): a byte a document against five a posting.
        var byDocument = holding * 5 > documents.Length ? new byte[documents.Length] : null;
        var docs = byDocument is null ? new int[holding] : null;
        var frequencies = byDocument is null ? new byte[holding] : null;
        var i = 0;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc(), i++)
        {
            Bits.Set(bits, doc);
            var frequency = FrequencyCode.Encode(postings.Freq);
            if (byDocument is not null)
            {
                byDocument[doc] = frequency;
            }
            else
            {
                docs![i] = doc;
                frequencies![i] = frequency;
            }
        }
        return new TermPostings(bits, byDocument, docs, frequencies);
    }

    /// <summary>
    /// A term's postings with deleted documents left in: what is kept is the segment's, shared by every reader of it,
    /// whatever it has deleted since (<see cref="Live"/> takes them out).
    /// </summary>
    private static DocsEnum? Postings(AtomicReader reader, string field, string term, DocsFlags flags, out int holding)
    {
        var terms = reader.GetTerms(field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(new BytesRef(term)))
        {
            holding = 0;
            return null;
        }
        holding = terms.DocFreq;
        return terms.Docs(null, null, flags);
    }

    /// <summary>
    /// The documents holding the words one after the other: pair i at the first pair's position + i, among those
    /// holding every pair. Pairs' positions run on across a document's fields, so the phrase stands whole in one field.
    /// </summary>
    private ulong[] Whole(IReadOnlyList<string> words)
    {
        var candidates = Pairs(LuceneDocuments.Pair, words);
        var pairs = Enumerable.Range(0, words.Count - 1).Select(i => LuceneDocuments.PairTerm(words[i], words[i + 1])).ToList();
        var pairTerms = reader.GetTerms(LuceneDocuments.Pair);
        var postings = pairs.Select(pair => pairTerms?.GetEnumerator() is { } terms && terms.SeekExact(new BytesRef(pair))
            ? terms.DocsAndPositions(null, null) : null).ToList();
        var whole = Bits.New(documents.Length);
        if (postings.Any(p => p is null))
        {
            return whole;
        }
        var enums = postings.Select(p => p!).ToList();
        // Positions come in increasing order: each pair's are kept sorted in a buffer reused from document to document.
        var positions = pairs.Select(_ => new List<int>()).ToList();
        foreach (var doc in Bits.Ordinals(candidates))
        {
            for (var i = 0; i < enums.Count; i++)
            {
                var pair = enums[i];
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
}
