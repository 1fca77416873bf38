using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;
using EmulationPortal.Site.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Site.Controllers;

/// <summary>The pages that say who runs the portal and how to reach them (Decree 42/2022/NĐ-CP), and what it is, also in English.</summary>
public sealed class SiteController(SiteIdentity siteIdentity, SiteSettings settings, IClusterDirectory clusterDirectory) : Controller
{
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/lien-he", Name = PortalRoutes.Contact)]
    public async Task<IActionResult> Contact(CancellationToken cancellationToken)
    {
        var site = await siteIdentity.GetAsync(cancellationToken);
        return View(new ContactPage(site, OrganizationJsonLd.Write(site, ContentFeeds.Root(Request))));
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/gioi-thieu", Name = PortalRoutes.About)]
    public async Task<IActionResult> About(CancellationToken cancellationToken)
    {
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        return View(new AboutPage(await settings.ProfileAsync(cancellationToken),
            clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList()));
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/en", Name = PortalRoutes.English)]
    public async Task<IActionResult> English(CancellationToken cancellationToken) =>
        View(await settings.ProfileAsync(cancellationToken));
}
