using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Search.Models;

public sealed record SearchPage(SearchResult Result, IReadOnlyDictionary<string, ClusterSummary> Clusters,
    IReadOnlyDictionary<string, string> TypeNames, IReadOnlyDictionary<string, string> HitUrls)
{
    public string Url(SearchHit hit) => HitUrls[hit.Id];

    public string TypeName(string type) => TypeNames.GetValueOrDefault(type, type);

    public string ClusterName(string id) => Clusters.GetValueOrDefault(id)?.Name ?? id;
}
