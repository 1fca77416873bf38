namespace EmulationPortal.Core.Content;

/// <summary>One version of an item, with the item's own columns: what pages and exports read.</summary>
public sealed class ContentRecord
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string ClusterId { get; set; } = "";
    public string Slug { get; set; } = "";
    public ContentStatus Status { get; set; }
    public string Author { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public int Version { get; set; }
    public int LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }
    public string Title { get; set; } = "";
    public string? ItemDate { get; set; }
    public int? Year { get; set; }
    public string? Number { get; set; }
    public string Data { get; set; } = "{}";

    /// <summary>Who saved this version, and when (the item's author is who created it).</summary>
    public string VersionAuthor { get; set; } = "";

    public DateTime VersionCreatedUtc { get; set; }
    public DateTime? ScheduledPublishUtc { get; set; }

    public DateOnly? Date => ItemDate is null ? null : DateOnly.ParseExact(ItemDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An item as a whole, as an import or an editor hands it over.</summary>
public sealed record ContentItemInput(
    string Id,
    string Type,
    string ClusterId,
    string Title,
    string Slug,
    ContentStatus Status,
    string Author,
    DateTime CreatedUtc,
    DateTime ModifiedUtc,
    DateTime? PublishedUtc,
    ContentData Data);

public sealed record ContentQuery
{
    public required IReadOnlyCollection<string> Types { get; init; }
    public string? ClusterId { get; init; }
    public int? Year { get; init; }

    /// <summary>Only these items (a filter another module worked out, such as a document's status).</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>Only items of this number, as it was entered ("1197/QĐ-UBND").</summary>
    public string? Number { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 12;
}

public enum EditorOrder
{
    RecentlyModified,
    RecentlyPublished,
    Scheduled,
}

public sealed record EditorQuery
{
    public IReadOnlyCollection<string>? Types { get; init; }
    public string? ClusterId { get; init; }

    /// <summary>Only these clusters (still within those the person works in).</summary>
    public IReadOnlyCollection<string>? ClusterIds { get; init; }

    public ContentStatus? Status { get; init; }

    /// <summary>Whose latest version it is: "my drafts".</summary>
    public string? Author { get; init; }

    public bool ScheduledOnly { get; init; }

    /// <summary>Words the newest version's title, number or text must hold, each as the start of a word, folded.</summary>
    public string? Text { get; init; }

    public EditorOrder Order { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>An item's neighbours in a published list, either missing at the list's ends.</summary>
public sealed record ContentNeighbours(ContentRecord? Newer, ContentRecord? Older);
