namespace EmulationPortal.Clusters.Models;

public enum ClusterKind
{
    Cluster,
    Bloc,
}

public sealed class Unit
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Province { get; set; }
}

public sealed class Cluster
{
    public string Id { get; set; } = "";
    public ClusterKind Kind { get; set; }
    public int? Number { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Province { get; set; }
    public string? Sector { get; set; }
    public bool ReviewRequired { get; set; }
    public bool BlockSubmitOnWarnings { get; set; }

    public string KindName => Kind == ClusterKind.Bloc ? "Khối thi đua" : "Cụm thi đua";
}

/// <summary>One year of a cluster: its leading unit, its deputy and its members.</summary>
public sealed record ClusterTerm(int Year, Unit? Leader, Unit? Deputy, IReadOnlyList<Unit> Members);
