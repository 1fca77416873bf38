using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Search;

/// <summary>The text of one item as search reads it, beside what filters and facets need.</summary>
public sealed record SearchText(
    string? Summary,
    string Body,
    IReadOnlyList<string> People,
    string? Issuer,
    string? Signer,
    IReadOnlyList<string> AwardKinds,
    IReadOnlyList<string> AttachmentKeys);

/// <summary>
/// Told of every change to an item inside the transaction that makes it, so what depends on the
/// item (the search index) changes with it or not at all.
/// </summary>
public interface IContentObserver
{
    Task ItemChangedAsync(DataSession session, string itemId);
}

public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public string? Type { get; init; }
    public string? ClusterId { get; init; }
    public int? Year { get; init; }
    public string? Issuer { get; init; }
    public string? AwardKind { get; init; }

    /// <summary>"relevance" (default) or "date".</summary>
    public string Sort { get; init; } = "relevance";

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    /// <summary>Staff also find archived items.</summary>
    public bool IncludeArchived { get; init; }

    /// <summary>Only these items, when set: what another module's filter lets through (<c>IItemFilter</c>).</summary>
    public IReadOnlyCollection<string>? ItemIds { get; init; }
}

public sealed record SearchHit(
    string Id,
    string Type,
    string Title,
    string TitleHtml,
    string Slug,
    string? Number,
    DateOnly? Date,
    string ClusterId,
    string SnippetHtml,
    bool Archived);

public sealed record SearchResult(
    SearchRequest Request,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>The search over published (and, for staff, archived) news and documents.</summary>
public interface ISearchIndex
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Rebuilds the whole index from the content, reporting how many items are done.</summary>
    Task RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default);
}
