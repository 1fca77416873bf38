using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Awards.Models;

/// <summary>The statistics page: the report, the filter as read, and what the filter offers.</summary>
public sealed record StatisticsPage(StatisticsReport Report, IReadOnlyList<ClusterSummary> Clusters, int? From, int? To, string? ClusterSlug,
    IReadOnlyList<string> Notes)
{
    /// <summary>The filter as query values, for links that keep it (the CSV downloads).</summary>
    public IDictionary<string, string> Query => new Dictionary<string, string?>
    {
        ["tu-nam"] = From?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["den-nam"] = To?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["cum"] = ClusterSlug,
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
}

/// <summary>One chart of the page with the filter its CSV link keeps.</summary>
public sealed record ChartView(StatisticsChart Chart, IDictionary<string, string> Query);
