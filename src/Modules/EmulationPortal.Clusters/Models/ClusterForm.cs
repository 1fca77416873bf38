using System.Globalization;

namespace EmulationPortal.Clusters.Models;

/// <summary>A cluster's own fields as typed; numbers stay text so that what was typed comes back as it was.</summary>
public sealed class ClusterForm
{
    public string? Kind { get; set; } = nameof(ClusterKind.Cluster);
    public string? Number { get; set; }
    public string? Name { get; set; }
    public string? Province { get; set; }
    public string? Sector { get; set; }
    public bool ReviewRequired { get; set; } = true;

    public static ClusterForm From(Cluster cluster) => new()
    {
        Kind = cluster.Kind.ToString(),
        Number = cluster.Number?.ToString(CultureInfo.InvariantCulture),
        Name = cluster.Name,
        Province = cluster.Province,
        Sector = cluster.Sector,
        ReviewRequired = cluster.ReviewRequired,
    };
}
