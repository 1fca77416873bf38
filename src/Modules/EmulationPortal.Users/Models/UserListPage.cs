using EmulationPortal.Core.Content;
using EmulationPortal.Users.Services;

namespace EmulationPortal.Users.Models;

public sealed record UserListPage(IReadOnlyList<UserSummary> Users, IReadOnlyDictionary<string, ClusterSummary> Clusters, DateTime NowUtc)
{
    public string ClusterName(string id) => Clusters.GetValueOrDefault(id)?.Name ?? id;
}
