using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

/// <summary>Types and clusters by id, for showing names in lists.</summary>
public sealed record AdminLookups(IReadOnlyList<IContentType> Types, IReadOnlyDictionary<string, ClusterSummary> Clusters)
{
    public string TypeName(string type) => Types.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    public string ClusterName(string id) => Clusters.GetValueOrDefault(id)?.Name ?? id;
}
