using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Models;
using EmulationPortal.News.Models;
using EmulationPortal.Mvc.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using EmulationPortal.Web.Models;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;

namespace EmulationPortal.Web.Controllers;

public sealed class HomeController(ContentStore contentStore, ContentTypeRegistry contentTypes, ContentCards contentCards, NewsCards newsCards, IClusterDirectory clusterDirectory, SiteIdentity siteIdentity) : Controller
{
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/", Name = PortalRoutes.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var news = await contentStore.ListPublishedAsync(new ContentQuery { Types = contentTypes.NamesIn(NewsSection.Section), PageSize = 6 }, cancellationToken);
        var documents = await contentStore.ListPublishedAsync(new ContentQuery { Types = contentTypes.NamesIn(DocumentsSection.Section), PageSize = 6 }, cancellationToken);
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        return View(new HomePage(
            await newsCards.BuildAsync(news.Items, cancellationToken),
            await contentCards.BuildAsync(documents.Items, cancellationToken),
            clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            OrganizationJsonLd.Write(await siteIdentity.GetAsync(cancellationToken), ContentFeeds.Root(Request))));
    }
}
