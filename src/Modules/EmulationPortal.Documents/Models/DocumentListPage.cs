using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Documents.Models;

public sealed record DocumentListPage(
    PagedResult<ContentCard> Page,
    IReadOnlyList<IContentType> Types,
    IReadOnlyList<ClusterSummary> Clusters,
    IReadOnlyList<int> Years,
    string? Type,
    string? ClusterSlug,
    int? Year,
    DocumentStatus? Status);
