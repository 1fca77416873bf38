using System.Globalization;

namespace EmulationPortal.Search.Services.Memory;

/// <summary>
/// An immutable part of the index: its documents by ordinal, and their posting lists: tokens with
/// their field-weighted frequencies, pairs of tokens side by side in a field (a phrase is found as all
/// its pairs), and the same pairs in titles alone.
/// </summary>
internal sealed class Segment
{
    public required DocumentFacts[] Documents { get; init; }

    public required PostingTable Terms { get; init; }

    public required PostingTable Pairs { get; init; }

    public required PostingTable TitlePairs { get; init; }

    public int Count => Documents.Length;

    /// <summary>The sum of the documents' field-weighted lengths, for BM25's average.</summary>
    public double LengthSum { get; init; }

    public long Bytes => Terms.Bytes + Pairs.Bytes + TitlePairs.Bytes
        + Documents.Length * (8L + 4 * 6 + 4 + 8 + 8) + Documents.Sum(d => d.AwardKinds.Length * 4L + (d.NumberFolded?.Length ?? 0) * 2L);

    /// <summary>
    /// The live documents of several segments in one, in the segments' order: tombstones are dropped
    /// and ordinals renumbered.
    /// </summary>
    public static Segment Merge(IReadOnlyList<(Segment Segment, ulong[] Live)> parts)
    {
        var documents = new List<DocumentFacts>();
        var ordinals = new List<int[]>();
        var lengthSum = 0.0;
        foreach (var (segment, live) in parts)
        {
            var renumbered = new int[segment.Count];
            for (var ordinal = 0; ordinal < segment.Count; ordinal++)
            {
                if (Bits.Get(live, ordinal))
                {
                    renumbered[ordinal] = documents.Count;
                    documents.Add(segment.Documents[ordinal]);
                    lengthSum += segment.Documents[ordinal].Length;
                }
                else
                {
                    renumbered[ordinal] = -1;
                }
            }
            ordinals.Add(renumbered);
        }
        PostingTable MergeTables(Func<Segment, PostingTable> table, bool withFrequency) =>
            PostingTable.Merge(parts.Select((p, i) => (table(p.Segment), ordinals[i])).ToList(), withFrequency);
        return new Segment
        {
            Documents = [.. documents],
            Terms = MergeTables(s => s.Terms, withFrequency: true),
            Pairs = MergeTables(s => s.Pairs, withFrequency: false),
            TitlePairs = MergeTables(s => s.TitlePairs, withFrequency: false),
            LengthSum = lengthSum,
        };
    }
}

/// <summary>
/// Makes a segment of documents read from <c>search_documents</c>: each field folded and split into
/// tokens exactly as a query is (<see cref="SearchQuery.TokenRanges"/>), weighed by its field.
/// </summary>
internal sealed class SegmentBuilder(Vocabulary tokens, Vocabulary labels)
{
    private readonly List<DocumentFacts> _documents = [];
    private readonly PostingTable.Builder _terms = new(withFrequency: true);
    private readonly PostingTable.Builder _pairs = new(withFrequency: false);
    private readonly PostingTable.Builder _titlePairs = new(withFrequency: false);
    private readonly List<int> _touched = [];
    private readonly HashSet<long> _docPairs = [];
    private readonly HashSet<long> _docTitlePairs = [];
    private readonly HashSet<int> _listTokens = [];
    private int[] _frequencies = new int[1024];
    private double _lengthSum;

    public int Count => _documents.Count;

    public void Add(IndexedDocument row)
    {
        var ordinal = _documents.Count;
        var length = row.Fields().Sum(field => AddField(field.Text, field.Weight, field.Title ? _docTitlePairs : null, field.List ? _listTokens : null));
        foreach (var token in _touched)
        {
            _terms.Add(token, ordinal, _frequencies[token]);
            _frequencies[token] = 0;
        }
        _touched.Clear();
        foreach (var pair in _docPairs)
        {
            _pairs.Add(pair, ordinal);
        }
        _docPairs.Clear();
        foreach (var pair in _docTitlePairs)
        {
            _titlePairs.Add(pair, ordinal);
        }
        _docTitlePairs.Clear();
        _documents.Add(new DocumentFacts(
            row.DocId,
            row.Archived,
            labels.Id(row.Type),
            labels.Id(row.ClusterId),
            row.Year is { } year ? labels.Id(year.ToString(CultureInfo.InvariantCulture)) : -1,
            row.Issuer is null ? -1 : labels.Id(row.Issuer),
            row.AwardKindList.Select(labels.Id).ToArray(),
            row.DateNumber,
            row.NumberFolded,
            row.NumberTokens,
            length / IndexedDocument.WeightScale));
        _lengthSum += length / IndexedDocument.WeightScale;
    }

    public Segment Build() => new()
    {
        Documents = [.. _documents],
        Terms = _terms.Build(),
        Pairs = _pairs.Build(),
        TitlePairs = _titlePairs.Build(),
        LengthSum = _lengthSum,
    };

    /// <summary>Counts a field's tokens and pairs into the document's; returns the field's weighted length.</summary>
    private int AddField(string? text, int weight, HashSet<long>? titlePairs, HashSet<int>? onceEach)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var folded = EmulationPortal.Core.Text.VietnameseText.FoldLower(text);
        var previous = -1;
        var count = 0;
        foreach (var range in new SearchQuery.TokenRanges(folded))
        {
            var token = tokens.Id(folded.AsSpan(range));
            if (token >= _frequencies.Length)
            {
                Array.Resize(ref _frequencies, Math.Max(token + 1, _frequencies.Length * 2));
            }
            if (_frequencies[token] == 0)
            {
                _touched.Add(token);
            }
            if (onceEach is null || onceEach.Add(token))
            {
                _frequencies[token] += weight;
                count++;
            }
            if (previous >= 0)
            {
                var pair = PostingTable.Pair(previous, token);
                _docPairs.Add(pair);
                titlePairs?.Add(pair);
            }
            previous = token;
        }
        onceEach?.Clear();
        return count * weight;
    }
}
