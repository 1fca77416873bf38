using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;
using Microsoft.AspNetCore.Routing;

namespace EmulationPortal.Clusters.Services;

/// <summary>Each cluster's page and each of its published years, for the sitemap.</summary>
public sealed class ClustersSitemap(ClusterStore clusters, ClusterYears years, LinkGenerator links) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken cancellationToken = default)
    {
        var all = await clusters.ListAsync(cancellationToken);
        var published = await years.PublishedAsync(null, cancellationToken);
        return all.Select(c => new SitemapEntry(links.GetPathByName(PortalRoutes.ClusterDetails, new { slug = c.Slug })!))
            .Concat(published.Select(y => (Cluster: all.FirstOrDefault(c => c.Id == y.Record.ClusterId), y.Record, y.Data))
                .Where(y => y.Cluster is not null)
                .Select(y => new SitemapEntry(links.GetPathByName(PortalRoutes.ClusterYear, new { slug = y.Cluster!.Slug, year = y.Data.Year })!, y.Record.ModifiedUtc)))
            .ToList();
    }
}
