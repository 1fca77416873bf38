using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Clusters.Models;

public sealed record ClusterPage(
    Cluster Cluster,
    IReadOnlyList<ClusterTerm> Terms,
    IReadOnlyList<NewsCard> News,
    IReadOnlyList<ContentCard> Documents,
    IReadOnlyList<int> PublishedYears);
