using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Awards.Controllers;

/// <summary>A unit's public page (<c>/don-vi/{slug}</c>): its clusters year by year, its awards and its people's, and its clusters' news.</summary>
public sealed class UnitsController(UnitHistory history, ContentStore contentStore, ContentTypeRegistry contentTypes, NewsCards newsCards) : Controller
{
    private const int NewsShown = 6;

    /// <summary>The news of the clusters a unit was in most recently: a unit belongs to a handful at most.</summary>
    private const int ClustersForNews = 3;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/don-vi/{slug}", Name = PortalRoutes.UnitDetails)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (await history.FindAsync(slug, cancellationToken) is not { } record)
        {
            return NotFound();
        }
        // The section is named, not referenced: the News module declares it, and modules never reference each other.
        var newsTypes = contentTypes.NamesIn(new ContentSection("News"));
        var news = new List<ContentRecord>();
        foreach (var clusterId in record.Terms.Select(t => t.ClusterId).Distinct().Take(ClustersForNews))
        {
            news.AddRange((await contentStore.ListPublishedAsync(new ContentQuery { Types = newsTypes, ClusterId = clusterId, PageSize = NewsShown }, cancellationToken)).Items);
        }
        var latest = news.DistinctBy(n => n.Id).OrderByDescending(n => n.ItemDate, StringComparer.Ordinal).ThenByDescending(n => n.PublishedUtc).Take(NewsShown);
        return View(new UnitPage(record, await newsCards.BuildAsync(latest, cancellationToken)));
    }
}
