namespace EmulationPortal.Clusters.Models;

public sealed record ClusterGroup(string Province, IReadOnlyList<Cluster> Clusters);
