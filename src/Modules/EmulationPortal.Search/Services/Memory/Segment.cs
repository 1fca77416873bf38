using System.Globalization;

namespace EmulationPortal.Search.Services.Memory;

/// <summary>What filters, facets, sorting and scoring read of one document, at its ordinal in a segment.</summary>
internal readonly record struct DocumentFacts(
    long DocId,
    bool Archived,
    int Type,
    int Cluster,
    int Year,
    int Issuer,
    int[] AwardKinds,
    int Date,
    string? NumberFolded,
    float Length);

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
    // BM25F field weights, doubled to stay whole: title 10, number 8, summary 4, people 3, extra 2, body 1, attachments 0.5.
    private const int TitleWeight = 20, NumberWeight = 16, SummaryWeight = 8, PeopleWeight = 6, ExtraWeight = 4, BodyWeight = 2, AttachmentWeight = 1;

    /// <summary>What a frequency or a length is divided by to give it in the weights above.</summary>
    public const float WeightScale = 2f;

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
        var length = AddField(row.Title, TitleWeight, _docTitlePairs)
            + AddField(row.Number, NumberWeight, null)
            + AddField(row.Summary, SummaryWeight, null)
            + AddList(row.People, PeopleWeight)
            + AddField(row.Extra, ExtraWeight, null)
            + AddField(row.Body, BodyWeight, null)
            + AddField(row.AttachmentText, AttachmentWeight, null);
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
            row.AwardKinds.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(labels.Id).Distinct().ToArray(),
            DateNumber(row.ItemDate),
            row.NumberFolded,
            length / WeightScale));
        _lengthSum += length / WeightScale;
    }

    public Segment Build() => new()
    {
        Documents = [.. _documents],
        Terms = _terms.Build(),
        Pairs = _pairs.Build(),
        TitlePairs = _titlePairs.Build(),
        LengthSum = _lengthSum,
    };

    /// <summary>
    /// Counts a list's words once each: an award decision naming a unit on eight of its lines is not eight times more
    /// about that unit than a write-up of the unit's conference, and a list of 200 people must not outweigh every text.
    /// </summary>
    private int AddList(string? text, int weight) => AddField(text, weight, null, _listTokens);

    /// <summary>Counts a field's tokens and pairs into the document's; returns the field's weighted length.</summary>
    private int AddField(string? text, int weight, HashSet<long>? titlePairs, HashSet<int>? onceEach = null)
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

    // yyyy-MM-dd as yyyyMMdd, so that newer is larger; 0 (older than any) when there is no date.
    private static int DateNumber(string? date) =>
        date is { Length: 10 } && int.TryParse(date.AsSpan(0, 4), CultureInfo.InvariantCulture, out var y)
            && int.TryParse(date.AsSpan(5, 2), CultureInfo.InvariantCulture, out var m) && int.TryParse(date.AsSpan(8, 2), CultureInfo.InvariantCulture, out var d)
            ? y * 10000 + m * 100 + d
            : 0;
}

/// <summary>A row of <c>search_documents</c> as the index reads it to build a segment.</summary>
internal sealed class IndexedDocument
{
    public long DocId { get; set; }
    public bool Archived { get; set; }
    public string Type { get; set; } = "";
    public string ClusterId { get; set; } = "";
    public int? Year { get; set; }
    public string? ItemDate { get; set; }
    public string? Issuer { get; set; }
    public string? Number { get; set; }
    public string? NumberFolded { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string People { get; set; } = "";
    public string Extra { get; set; } = "";
    public string Body { get; set; } = "";
    public string AttachmentText { get; set; } = "";
    public string AwardKinds { get; set; } = "";
}
