using EmulationPortal.Clusters.Services;

namespace EmulationPortal.Clusters.Models;

public sealed record ClusterListPage(IReadOnlyList<ClusterListItem> Clusters);
