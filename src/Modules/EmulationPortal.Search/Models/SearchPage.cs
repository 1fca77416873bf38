using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Search.Models;

/// <summary>Another module's filter as the page offers it, with the value chosen.</summary>
public sealed record SearchFilter(string Key, string Label, IReadOnlyList<ItemFilterOption> Options, string? Selected);

/// <param name="Units">Units whose name or alias holds every word searched, each linking to its page of awards and terms.</param>
/// <param name="Badges">What other modules say of hits (a document's status), by item id.</param>
/// <param name="Building">Whether the search read an index still being built: its results may be incomplete.</param>
public sealed record SearchPage(SearchResult Result, IReadOnlyDictionary<string, ClusterSummary> Clusters,
    IReadOnlyDictionary<string, string> TypeNames, IReadOnlyDictionary<string, string> HitUrls, IReadOnlyList<UnitSummary> Units,
    IReadOnlyList<SearchFilter> Filters, IReadOnlyDictionary<string, ContentBadge> Badges, bool Building = false)
{
    public string Url(SearchHit hit) => HitUrls[hit.Id];

    public string TypeName(string type) => TypeNames.GetValueOrDefault(type, type);

    public string ClusterName(string id) => Clusters.GetValueOrDefault(id)?.Name ?? id;
}
