using System.Buffers;
using System.Globalization;
using System.Numerics;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Search.Services;

/// <summary>A document in the order of a search: its id, whether it bears the number sought, and its score.</summary>
internal readonly record struct RankedDocument(long DocId, bool Exact, double Score, int Date);

/// <summary>What a search finds: how many, the documents of the page asked for, and the facets.</summary>
internal sealed record Matches(int Total, IReadOnlyList<RankedDocument> Documents, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>
/// Runs a query over the index (<see cref="IQuerySource"/>). The match is the FTS5
/// expression the query used to be: clauses AND-ed, OR-ed where asked (AND binding tighter), then the
/// exclusions taken out; a phrase is found as its tokens side by side in one field. Filters and the five facets (each counted
/// with every filter but its own) are read from the documents' facts. The score is BM25F (k1 1.2,
/// b 0.75) over the query's tokens, times 1 + the words as a phrase anywhere + 2 × in the title + the share
/// of a longer query's neighbouring words found side by side, times 1 + the share of the words typed with diacritics
/// that the document holds as written (sorted by relevance); an exact document number (or its parts typed in another order) comes first.
/// </summary>
internal static class QueryEngine
{
    public static readonly string[] FacetNames = ["type", "cluster", "year", "issuer", "awardKind"];

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int FacetSize = 50;

    // A filter that is not set, and a value no document has.
    private const int Any = int.MinValue;
    private const int Nothing = -2;

    /// <param name="allowed">When set, only these documents: what another module's filter lets through.</param>
    public static Matches Run(IQuerySource source, SearchQuery query, SearchRequest request, int skip, int take, IReadOnlySet<long>? allowed = null)
    {
        var labels = source.Labels;
        int Filter(string? value) => value is null ? Any : labels.Find(value) is var id and >= 0 ? id : Nothing;
        int[] filters =
        [
            Filter(request.Type), Filter(request.ClusterId), Filter(request.Year?.ToString(CultureInfo.InvariantCulture)),
            Filter(request.Issuer), Filter(request.AwardKind),
        ];
        var facetCounts = FacetNames.Select(_ => new int[source.LabelCount]).ToArray();
        var scored = query.Clauses.SelectMany(c => c.Tokens).Distinct().Where(t => source.DocumentFrequency(t) > 0).ToList();
        var idf = scored.Select(token => InverseDocumentFrequency(source, token)).ToArray();
        var byDate = request.Sort == "date";
        var accented = byDate ? [] : query.AccentedWords.ToList();
        var best = new Best(skip + take, byDate);
        var phraseWords = query.Phrase;
        var total = 0;
        foreach (var segment in source.Segments)
        {
            var matched = Match(segment, query);
            Bits.And(matched, segment.Live);
            var candidates = Bits.New(segment.Documents.Length);
            total += Filtered(segment.Documents, matched, filters, request.IncludeArchived, allowed, facetCounts, candidates);
            Rank(segment, query, phraseWords, scored, idf, source.AverageLength, accented, candidates, best);
        }
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        for (var f = 0; f < FacetNames.Length; f++)
        {
            var counts = facetCounts[f];
            facets[FacetNames[f]] = Enumerable.Range(0, counts.Length).Where(label => counts[label] > 0)
                .Select(label => (Name: labels.Name(label), Count: counts[label]))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(FacetSize)
                .ToDictionary(c => c.Name, c => c.Count);
        }
        return new Matches(total, best.InOrder().Skip(skip).ToList(), facets);
    }

    /// <summary>One term of BM25 (k1 1.2, b 0.75): what a token found <paramref name="frequency"/> times weighs in a document of that length.</summary>
    public static double Bm25(double idf, double frequency, double length, double averageLength) =>
        idf * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / averageLength));

    // BM25's idf, in the form that stays positive for words in nearly every document.
    private static double InverseDocumentFrequency(IQuerySource source, string token)
    {
        var holding = source.DocumentFrequency(token);
        return Math.Log(1 + (source.Documents - holding + 0.5) / (holding + 0.5));
    }

    /// <summary>
    /// Keeps the matched documents that pass the filters as <paramref name="candidates"/>, counts the
    /// facets (a document missing one filter alone counts in that filter's facet), and returns how many passed.
    /// </summary>
    private static int Filtered(DocumentFacts[] documents, ulong[] matched, int[] filters, bool includeArchived, IReadOnlySet<long>? allowed,
        int[][] facetCounts, ulong[] candidates)
    {
        var total = 0;
        for (var w = 0; w < matched.Length; w++)
        {
            for (var word = matched[w]; word != 0; word &= word - 1)
            {
                var ordinal = (w << 6) + BitOperations.TrailingZeroCount(word);
                ref readonly var d = ref documents[ordinal];
                if ((d.Archived && !includeArchived) || (allowed is not null && !allowed.Contains(d.DocId)))
                {
                    continue;
                }
                var missed = (filters[0] != Any && d.Type != filters[0] ? 1 : 0)
                    | (filters[1] != Any && d.Cluster != filters[1] ? 2 : 0)
                    | (filters[2] != Any && d.Year != filters[2] ? 4 : 0)
                    | (filters[3] != Any && d.Issuer != filters[3] ? 8 : 0)
                    | (filters[4] != Any && Array.IndexOf(d.AwardKinds, filters[4]) < 0 ? 16 : 0);
                if (missed == 0)
                {
                    total++;
                    Bits.Set(candidates, ordinal);
                }
                else if ((missed & (missed - 1)) != 0)
                {
                    continue;
                }
                Count(facetCounts[0], d.Type, missed, 1);
                Count(facetCounts[1], d.Cluster, missed, 2);
                Count(facetCounts[2], d.Year, missed, 4);
                Count(facetCounts[3], d.Issuer, missed, 8);
                if (missed is 0 or 16)
                {
                    foreach (var kind in d.AwardKinds)
                    {
                        facetCounts[4][kind]++;
                    }
                }
            }
        }
        return total;
    }

    // A facet counts a document that passes every filter, or misses its own alone.
    private static void Count(int[] counts, int label, int missed, int own)
    {
        if (label >= 0 && (missed == 0 || missed == own))
        {
            counts[label]++;
        }
    }

    /// <summary>Scores the candidates and offers each to the best kept so far.</summary>
    /// <param name="phraseWords">The query's <see cref="SearchQuery.Phrase"/>, made once for all segments.</param>
    private static void Rank(IQuerySegment segment, SearchQuery query, IReadOnlyList<string>? phraseWords, List<string> scored, double[] idf, double averageLength,
        List<string> accented, ulong[] candidates, Best best)
    {
        var documents = segment.Documents;
        var scores = ArrayPool<double>.Shared.Rent(documents.Length);
        try
        {
            Array.Clear(scores, 0, documents.Length);
            for (var t = 0; t < scored.Count; t++)
            {
                segment.AddScores(scored[t], idf[t], averageLength, candidates, scores);
            }
            var phrase = phraseWords is not null ? segment.Phrase(phraseWords, exact: false) : null;
            var titlePhrase = phraseWords is not null ? segment.TitlePhrase(phraseWords) : null;
            // Of a longer query, the share of its neighbouring words found side by side: "lao động xuất sắc Thanh Chương"
            // is the decision naming a "Tập thể lao động xuất sắc" of Thanh Chương, not a notice with "Huân chương Lao
            // động" in its title and "xuất sắc" and "Thanh Hóa" scattered below.
            var neighbours = phraseWords is { Count: > 2 } all
                ? Enumerable.Range(0, all.Count - 1).Select(i => segment.Phrase([all[i], all[i + 1]], exact: false)).ToList()
                : [];
            var writtenAlike = accented.Select(segment.Accented).ToList();
            var (number, numberTokens) = segment.NumberOrdinals(query.Number, query.NumberTokens);
            for (var w = 0; w < candidates.Length; w++)
            {
                for (var word = candidates[w]; word != 0; word &= word - 1)
                {
                    var ordinal = (w << 6) + BitOperations.TrailingZeroCount(word);
                    ref readonly var d = ref documents[ordinal];
                    var boost = 1 + (phrase is not null && Bits.Get(phrase, ordinal) ? 1 : 0) + (titlePhrase is not null && Bits.Get(titlePhrase, ordinal) ? 2 : 0)
                        + Share(neighbours, ordinal);
                    var exact = d.Number == number || d.NumberTokens == numberTokens;
                    best.Offer(new RankedDocument(d.DocId, exact, scores[ordinal] * boost * (1 + Share(writtenAlike, ordinal)), d.Date));
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    /// <summary>The share of the sets holding the document; 0 when there are none.</summary>
    private static double Share(List<ulong[]> sets, int ordinal)
    {
        if (sets.Count == 0)
        {
            return 0;
        }
        var found = 0;
        foreach (var set in sets)
        {
            found += Bits.Get(set, ordinal) ? 1 : 0;
        }
        return found / (double)sets.Count;
    }

    /// <summary>
    /// The documents matching the expression: clauses AND-ed, OR-ed where asked (AND binding tighter), then the
    /// exclusions taken out.
    /// </summary>
    private static ulong[] Match(IQuerySegment segment, SearchQuery query)
    {
        var matched = Bits.New(segment.Documents.Length);
        ulong[]? group = null;
        foreach (var clause in query.Clauses)
        {
            var found = segment.Phrase(clause.Tokens, exact: true);
            if (group is not null && clause.OrWithPrevious)
            {
                Bits.Or(matched, group);
                group = null;
            }
            if (group is null)
            {
                group = (ulong[])found.Clone();
            }
            else
            {
                Bits.And(group, found);
            }
        }
        if (group is not null)
        {
            Bits.Or(matched, group);
        }
        foreach (var excluded in query.Excluded)
        {
            Bits.AndNot(matched, segment.Phrase(excluded, exact: true));
        }
        return matched;
    }

    /// <summary>The best documents seen, as many as the page needs, in a heap with the worst on top.</summary>
    private sealed class Best(int size, bool byDate)
    {
        private readonly PriorityQueue<RankedDocument, RankedDocument> _heap =
            new(Comparer<RankedDocument>.Create((a, b) => Compare(b, a, byDate)));

        public void Offer(RankedDocument document)
        {
            if (_heap.Count < size)
            {
                _heap.Enqueue(document, document);
            }
            else if (Compare(document, _heap.Peek(), byDate) < 0)
            {
                _heap.EnqueueDequeue(document, document);
            }
        }

        public IEnumerable<RankedDocument> InOrder() =>
            _heap.UnorderedItems.Select(i => i.Element).Order(Comparer<RankedDocument>.Create((a, b) => Compare(a, b, byDate)));

        // Below zero when a comes before b: by date (newest first) or relevance (an exact number first), then score, then doc_id.
        private static int Compare(RankedDocument a, RankedDocument b, bool byDate)
        {
            var first = byDate ? b.Date.CompareTo(a.Date) : b.Exact.CompareTo(a.Exact);
            if (first != 0)
            {
                return first;
            }
            var score = b.Score.CompareTo(a.Score);
            return score != 0 ? score : a.DocId.CompareTo(b.DocId);
        }
    }
}
