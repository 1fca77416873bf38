using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Search.Models;

/// <param name="Units">Units whose name or alias holds every word searched, each linking to its page of awards and terms.</param>
public sealed record SearchPage(SearchResult Result, IReadOnlyDictionary<string, ClusterSummary> Clusters,
    IReadOnlyDictionary<string, string> TypeNames, IReadOnlyDictionary<string, string> HitUrls, IReadOnlyList<UnitSummary> Units)
{
    public string Url(SearchHit hit) => HitUrls[hit.Id];

    public string TypeName(string type) => TypeNames.GetValueOrDefault(type, type);

    public string ClusterName(string id) => Clusters.GetValueOrDefault(id)?.Name ?? id;
}
