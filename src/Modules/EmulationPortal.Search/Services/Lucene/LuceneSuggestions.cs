using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// What the search box and an empty result ask of a reader, beside the search: documents whose title or number
/// holds the words typed so far, the award kinds and issuers the live documents name, and the indexed words
/// nearest to words the index does not hold. Everything is over folded terms, as the search is.
/// </summary>
internal static class LuceneSuggestions
{
    /// <summary>
    /// The terms a prefix stands for, the most frequent first: a word of a title has a few dozen continuations, but
    /// a number's digits may have thousands, and reading the postings of all would cost more than the answer is worth.
    /// </summary>
    private const int Expansions = 512;

    /// <summary>
    /// The postings the terms of a prefix may read together: "th" stands for "thi", "thuong", "thanh"… each in most
    /// documents, and a few of them find more than a list can show; a number's continuations are in a few documents each.
    /// </summary>
    private const long PostingsBudget = 300_000;

    /// <summary>The terms a prefix is looked for in at most: beyond, the reader has not typed enough to choose.</summary>
    private const int ExpansionScan = 50_000;

    /// <summary>Longer tokens are codes or pasted text, never a word misspelt; an edit automaton for them would cost much for nothing.</summary>
    private const int LongestWord = 24;

    private static readonly ConditionalWeakTable<object, LabelCounts> Counted = new();

    /// <summary>A document found for the search box: a number holding every word typed comes before titles.</summary>
    public readonly record struct Found(long DocId, bool ByNumber);

    /// <summary>
    /// The newest documents (live, archived only when <paramref name="includeArchived"/>) whose title or number holds
    /// every whole word typed and a word starting with the prefix; those whose number alone holds them first when a
    /// digit was typed, then those whose title holds the words side by side, as typed.
    /// </summary>
    public static IReadOnlyList<Found> Documents(IndexReader reader, SegmentFacts facts, TypedWords typed, bool includeArchived, int limit)
    {
        if (typed.IsEmpty)
        {
            return [];
        }
        var expansions = typed.Prefix is { } prefix ? Expand(reader, LuceneDocuments.Complete, prefix) : null;
        if (expansions is { Count: 0 })
        {
            return [];
        }
        // The title's neighbouring words as typed: each whole word beside the next, and the last beside a word the prefix begins.
        var pairs = typed.Whole.Zip(typed.Whole.Skip(1), LuceneDocuments.PairTerm).ToList();
        var lastPairs = typed is { Prefix: { } last, Whole.Count: > 0 } ? Expand(reader, LuceneDocuments.TitlePair, LuceneDocuments.PairTerm(typed.Whole[^1], last)) : null;
        // The worst of the best kept is on top: (by number, side by side, date, doc_id), the larger the better.
        var best = new PriorityQueue<Found, (bool, bool, int, long)>(limit + 1);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var documents = facts.Of(segment);
            var found = (ulong[])facts.Live(segment).Clone();
            foreach (var word in typed.Whole)
            {
                Bits.And(found, LuceneQuerySegment.Set(segment, LuceneDocuments.Complete, word));
            }
            if (expansions is not null)
            {
                Bits.And(found, Any(segment, LuceneDocuments.Complete, expansions));
            }
            var together = Bits.All(documents.Length);
            foreach (var pair in pairs)
            {
                Bits.And(together, LuceneQuerySegment.Set(segment, LuceneDocuments.TitlePair, pair));
            }
            if (lastPairs is not null)
            {
                Bits.And(together, Any(segment, LuceneDocuments.TitlePair, lastPairs));
            }
            // Facts hold a number's tokens as an ordinal: each one's text is read once, and only when a digit was typed.
            var numbers = typed.HasDigit ? segment.GetSortedDocValues(LuceneDocuments.NumberTokens) : null;
            var heldByNumber = new Dictionary<int, bool>();
            bool HeldByNumber(int ordinal)
            {
                if (numbers is null || ordinal < 0)
                {
                    return false;
                }
                if (!heldByNumber.TryGetValue(ordinal, out var held))
                {
                    var text = new BytesRef();
                    numbers.LookupOrd(ordinal, text);
                    heldByNumber[ordinal] = held = typed.HeldBy(text.Utf8ToString());
                }
                return held;
            }
            foreach (var doc in Bits.Ordinals(found))
            {
                var document = documents[doc];
                if (document.Archived && !includeArchived)
                {
                    continue;
                }
                var byNumber = HeldByNumber(document.NumberTokens);
                var rank = (byNumber, Bits.Get(together, doc), document.Date, document.DocId);
                if (best.Count < limit)
                {
                    best.Enqueue(new Found(document.DocId, byNumber), rank);
                }
                else if (best.TryPeek(out _, out var worst) && Comparer<(bool, bool, int, long)>.Default.Compare(rank, worst) > 0)
                {
                    best.EnqueueDequeue(new Found(document.DocId, byNumber), rank);
                }
            }
        }
        var kept = new List<Found>(best.Count);
        while (best.TryDequeue(out var found, out _))
        {
            kept.Add(found);
        }
        kept.Reverse();
        return kept;
    }

    /// <summary>
    /// The terms of <paramref name="field"/> starting with <paramref name="prefix"/>, the most frequent, at most
    /// <see cref="Expansions"/> and <see cref="PostingsBudget"/> postings together (the most frequent one always).
    /// </summary>
    private static List<string> Expand(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }
        var start = new BytesRef(prefix);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }
        var kept = new PriorityQueue<string, int>(Expansions + 1);
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(iterator.Term, start))
            {
                break;
            }
            kept.Enqueue(iterator.Term.Utf8ToString(), iterator.DocFreq);
            if (kept.Count > Expansions)
            {
                kept.Dequeue();
            }
        }
        while (++scanned < ExpansionScan && iterator.MoveNext());
        var chosen = new List<string>();
        var postings = 0L;
        foreach (var (term, frequency) in kept.UnorderedItems.OrderByDescending(t => t.Priority))
        {
            if (chosen.Count > 0 && postings + frequency > PostingsBudget)
            {
                break;
            }
            chosen.Add(term);
            postings += frequency;
        }
        return chosen;
    }

    private static ulong[] Any(AtomicReader segment, string field, IEnumerable<string> terms)
    {
        var any = Bits.New(segment.MaxDoc);
        foreach (var term in terms)
        {
            Bits.Or(any, LuceneQuerySegment.Set(segment, field, term));
        }
        return any;
    }

    /// <summary>Every award kind (or issuer) the live documents name, with how many name it; archived ones count only when included.</summary>
    public static IReadOnlyDictionary<string, int> Labels(IndexReader reader, SegmentFacts facts, bool awardKinds, bool includeArchived)
    {
        var counts = new Dictionary<int, int>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            // A segment's documents never change, its deletions do: counted again for each new set of them.
            var counted = Counted.GetValue(segment.LiveDocs ?? segment.CoreCacheKey, _ => LabelCounts.Of(facts.Of(segment), facts.Live(segment)));
            foreach (var (label, (open, all)) in awardKinds ? counted.AwardKinds : counted.Issuers)
            {
                counts[label] = counts.GetValueOrDefault(label) + (includeArchived ? all : open);
            }
        }
        return counts.Where(c => c.Value > 0).ToDictionary(c => facts.Labels.Name(c.Key), c => c.Value);
    }

    private sealed record LabelCounts(Dictionary<int, (int Open, int All)> AwardKinds, Dictionary<int, (int Open, int All)> Issuers)
    {
        public static LabelCounts Of(DocumentFacts[] documents, ulong[] live)
        {
            var counts = new LabelCounts([], []);
            static void Count(Dictionary<int, (int Open, int All)> into, int label, bool archived)
            {
                var (open, all) = into.GetValueOrDefault(label);
                into[label] = (archived ? open : open + 1, all + 1);
            }
            foreach (var doc in Bits.Ordinals(live))
            {
                var document = documents[doc];
                foreach (var kind in document.AwardKinds)
                {
                    Count(counts.AwardKinds, kind, document.Archived);
                }
                if (document.Issuer >= 0)
                {
                    Count(counts.Issuers, document.Issuer, document.Archived);
                }
            }
            return counts;
        }
    }

    /// <summary>
    /// For the tokens of a query that found nothing, the indexed words to put in place of some: a word the index does
    /// not hold, or one that stands beside none of its neighbours anywhere ("thi dau khen": "thi dau" and "dau khen"
    /// are in no text), is replaced by the indexed word nearest to it (one edit for a short word, two for a longer one;
    /// transpositions count one) that the index holds most often beside the neighbours, or most often at all. One word
    /// at a time, the surest first, so a correction lends its neighbours the context they lacked. Numbers stay.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Corrections(IndexReader reader, IReadOnlyList<string> tokens)
    {
        var current = tokens.ToList();
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = MultiFields.GetTerms(reader, LuceneDocuments.Text);
        if (text is null)
        {
            return corrections;
        }
        int Frequency(string field, string term) => reader.DocFreq(new Term(field, term));
        int Beside(int i, string word) =>
            (i > 0 ? Frequency(LuceneDocuments.Pair, LuceneDocuments.PairTerm(current[i - 1], word)) : 0)
            + (i + 1 < current.Count ? Frequency(LuceneDocuments.Pair, LuceneDocuments.PairTerm(word, current[i + 1])) : 0);
        var settled = new HashSet<int>();
        while (true)
        {
            // (position, replacement, unknown word, support beside the neighbours, frequency)
            (int At, string Word, bool Unknown, int Beside, int Frequency)? surest = null;
            for (var i = 0; i < current.Count; i++)
            {
                var token = current[i];
                if (settled.Contains(i) || token.Length is < 3 or > LongestWord || token.Any(char.IsAsciiDigit))
                {
                    continue;
                }
                var unknown = Frequency(LuceneDocuments.Text, token) == 0;
                if (!unknown && (current.Count == 1 || Beside(i, token) > 0))
                {
                    continue;
                }
                var candidate = Nearest(text, token, word => Beside(i, word), needsNeighbours: !unknown);
                if (candidate is not { } found)
                {
                    continue;
                }
                var better = surest is not { } best
                    || (unknown, found.Beside, found.Frequency).CompareTo((best.Unknown, best.Beside, best.Frequency)) > 0;
                if (better)
                {
                    surest = (i, found.Word, unknown, found.Beside, found.Frequency);
                }
            }
            if (surest is not { } chosen)
            {
                return corrections;
            }
            corrections[tokens[chosen.At]] = chosen.Word;
            current[chosen.At] = chosen.Word;
            settled.Add(chosen.At);
        }
    }

    /// <summary>
    /// The indexed word nearest to <paramref name="token"/>: the fewest edits, then the most support beside the
    /// neighbours, then the most documents. With <paramref name="needsNeighbours"/> only a word seen beside them counts.
    /// </summary>
    private static (string Word, int Beside, int Frequency)? Nearest(Terms terms, string token, Func<string, int> beside, bool needsNeighbours)
    {
        var maxEdits = token.Length < 5 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(LuceneDocuments.Text, token), maxEdits, prefixLength: 0, transpositions: true);
        (string Word, int Edits, int Beside, int Frequency)? nearest = null;
        while (fuzzy.MoveNext())
        {
            var word = fuzzy.Term.Utf8ToString();
            var edits = EditDistance(token, word);
            if (edits == 0 || edits > maxEdits)
            {
                continue;
            }
            var support = beside(word);
            if (needsNeighbours && support == 0)
            {
                continue;
            }
            var frequency = fuzzy.DocFreq;
            if (nearest is not { } best || (-edits, support, frequency).CompareTo((-best.Edits, best.Beside, best.Frequency)) > 0)
            {
                nearest = (word, edits, support, frequency);
            }
        }
        return nearest is { } chosen ? (chosen.Word, chosen.Beside, chosen.Frequency) : null;
    }

    /// <summary>Edits from one word to another, a swap of two neighbouring letters counting one (optimal string alignment).</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
