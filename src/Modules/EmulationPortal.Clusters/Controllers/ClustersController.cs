using EmulationPortal.Clusters.Models;
using EmulationPortal.Clusters.Services;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Clusters.Controllers;

public sealed class ClustersController(ClusterStore clusterDirectory, ContentStore contentStore, ContentTypeRegistry contentTypes, ContentCards contentCards, NewsCards newsCards,
    ClusterYears years) : Controller
{

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/cum-thi-dua", Name = PortalRoutes.ClustersList)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var groups = (await clusterDirectory.ListAsync(cancellationToken))
            .GroupBy(c => c.Province ?? "Khác")
            .OrderBy(g => g.Key, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true))
            .Select(g => new ClusterGroup(g.Key, g.OrderBy(c => c.Kind).ThenBy(c => c.Number ?? int.MaxValue).ThenBy(c => c.Name).ToList()))
            .ToList();
        return View(groups);
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/cum-thi-dua/{slug}", Name = PortalRoutes.ClusterDetails)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var cluster = await clusterDirectory.FindBySlugAsync(slug, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }
        // Sections are named, not referenced: the News and Documents modules declare them, and modules never reference each other.
        var news = await contentStore.ListPublishedAsync(new ContentQuery { Types = contentTypes.NamesIn(new ContentSection("News")), ClusterId = cluster.Id, PageSize = 6 }, cancellationToken);
        var documents = await contentStore.ListPublishedAsync(new ContentQuery { Types = contentTypes.NamesIn(new ContentSection("Documents")), ClusterId = cluster.Id, PageSize = 10 }, cancellationToken);
        return View(new ClusterPage(
            cluster,
            await clusterDirectory.TermsAsync(cluster.Id, cancellationToken),
            await newsCards.BuildAsync(news.Items, cancellationToken),
            await contentCards.BuildAsync(documents.Items, cancellationToken),
            (await years.PublishedAsync(cluster.Id, cancellationToken)).Select(y => y.Data.Year).ToList()));
    }
}
