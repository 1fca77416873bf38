using EmulationPortal.Core.Content;

namespace EmulationPortal.Awards.Models;

/// <summary>The look-up page: the filters as written (to fill the form again), what they found, and the choices.</summary>
public sealed record AwardLookupPage(
    AwardFilterText Text,
    AwardLookupResult? Result,
    IReadOnlyList<AwardFilterError> Errors,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<string, (string Name, AwardLevel Level)> Kinds,
    IReadOnlyList<ClusterSummary> Clusters,
    AwardUnitLink? Unit)
{
    /// <summary>The most values a facet lists: past them, the ones with the most awards.</summary>
    public const int MostFacetValues = 12;

    private Dictionary<string, string>? _clusterSlugs;

    /// <summary>A cluster's address in the page's links, by its id.</summary>
    public string ClusterSlug(string clusterId) =>
        (_clusterSlugs ??= Clusters.ToDictionary(c => c.Id, c => c.Slug, StringComparer.Ordinal)).GetValueOrDefault(clusterId, clusterId);

    /// <summary>The page's query keys, each with its filter's value as written.</summary>
    public IReadOnlyDictionary<string, string?> Query => new Dictionary<string, string?>
    {
        ["q"] = Text.Name,
        ["nam"] = Text.Year,
        ["tu-nam"] = Text.From,
        ["den-nam"] = Text.To,
        ["hinh-thuc"] = Text.Kind,
        ["cap"] = Text.Level,
        ["cum"] = Text.Cluster,
        ["don-vi"] = Text.Unit,
        ["doi-tuong"] = Text.RecipientType,
    };
}
