using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Clusters.Models;

/// <summary>A cluster's year as readers see it, beside that year's write-ups and documents.</summary>
public sealed record ClusterYearPage(
    Cluster Cluster,
    ContentRecord Record,
    ClusterYearData Data,
    IReadOnlyDictionary<string, Unit> Units,
    IReadOnlyList<int> Years,
    NumberedLink? CovenantDocument,
    NumberedLink? Proposal,
    IReadOnlyList<ContentCard> News,
    IReadOnlyList<ContentCard> Documents)
{
    public bool IsBloc => Cluster.Kind == ClusterKind.Bloc;

    public string UnitName(string? id) => id is null ? "" : Units.TryGetValue(id, out var unit) ? unit.Name : id;
}
