using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.News.Models;

public sealed record NewsListPage(
    PagedResult<NewsCard> Page,
    IReadOnlyList<ClusterSummary> Clusters,
    IReadOnlyList<int> Years,
    string? ClusterSlug,
    int? Year);
