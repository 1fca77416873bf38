using System.Globalization;

namespace EmulationPortal.Search.Services;

/// <summary>A row of <c>search_documents</c> as the index reads it to build a segment.</summary>
internal sealed class IndexedDocument
{
    public const string Select = """
        SELECT doc_id AS DocId, archived AS Archived, type AS Type, cluster_id AS ClusterId, year AS Year, item_date AS ItemDate,
            issuer AS Issuer, number AS Number, number_folded AS NumberFolded, title AS Title, summary AS Summary, people AS People,
            extra AS Extra, body AS Body, attachment_text AS AttachmentText, award_kinds AS AwardKinds
        FROM search_documents
        """;

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

    // BM25F field weights, doubled to stay whole: title 10, number 8, summary 4, people 3, extra 2, body 1, attachments 0.5.
    private const int TitleWeight = 20, NumberWeight = 16, SummaryWeight = 8, PeopleWeight = 6, ExtraWeight = 4, BodyWeight = 2, AttachmentWeight = 1;

    /// <summary>What a frequency or a length is divided by to give it in the field weights.</summary>
    public const float WeightScale = 2f;

    /// <summary>
    /// The fields searched, each with its weight, whether it is the title (whose pairs count again), whether it is a
    /// list whose words count once each (an award decision naming a unit on eight of its lines is not eight times more
    /// about that unit than a write-up of the unit's conference, and a list of 200 people must not outweigh every text),
    /// and whether the words a person typed with diacritics are looked for in it as written (not in the number, the
    /// issuer, type and year, or the attachments' extracted text).
    /// </summary>
    public IEnumerable<(string? Text, int Weight, bool Title, bool List, bool Accented)> Fields() =>
    [
        (Title, TitleWeight, true, false, true),
        (Number, NumberWeight, false, false, false),
        (Summary, SummaryWeight, false, false, true),
        (People, PeopleWeight, false, true, true),
        (Extra, ExtraWeight, false, false, false),
        (Body, BodyWeight, false, false, true),
        (AttachmentText, AttachmentWeight, false, false, false),
    ];

    /// <summary>The award kinds named, each once.</summary>
    public IEnumerable<string> AwardKindList => AwardKinds.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct();

    /// <summary>The document number's tokens in one order (<see cref="SearchQuery.NumberKey"/>).</summary>
    public string? NumberTokens => Number is null ? null : SearchQuery.NumberKey(SearchQuery.Tokenize(Number));

    /// <summary>yyyy-MM-dd as yyyyMMdd, so that newer is larger; 0 (older than any) when there is no date.</summary>
    public int DateNumber =>
        ItemDate is { Length: 10 } date && int.TryParse(date.AsSpan(0, 4), CultureInfo.InvariantCulture, out var y)
            && int.TryParse(date.AsSpan(5, 2), CultureInfo.InvariantCulture, out var m) && int.TryParse(date.AsSpan(8, 2), CultureInfo.InvariantCulture, out var d)
            ? y * 10000 + m * 100 + d
            : 0;
}
