using System.Text.Json;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Web.Controllers;

/// <summary>
/// The files browsers, search engines and phones ask every site for at its root: <c>/robots.txt</c>, <c>/sitemap.xml</c>
/// (an index of numbered files past 50,000 addresses), <c>/favicon.ico</c> and <c>/site.webmanifest</c>.
/// </summary>
public sealed class SiteFilesController(IEnumerable<ISitemapSource> sources, SiteSettings settings, IWebHostEnvironment environment) : Controller
{
    // The lists every reader starts from; items, clusters and years come from the modules' sources.
    private static readonly string[] ListRoutes =
    [
        PortalRoutes.Home, PortalRoutes.NewsList, PortalRoutes.DocumentsList, PortalRoutes.ClustersList, PortalRoutes.AwardLookup,
        PortalRoutes.AwardStatistics, PortalRoutes.Calendar, PortalRoutes.Consultations, PortalRoutes.About, PortalRoutes.Contact,
        PortalRoutes.English,
    ];

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/robots.txt")]
    public IActionResult Robots() => Content(
        $"""
        User-agent: *
        Disallow: /admin
        Disallow: /api/
        Allow: /

        Sitemap: {ContentFeeds.Root(Request)}sitemap.xml
        """ + "\n", "text/plain; charset=utf-8");

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(cancellationToken);
        return Content(SitemapXml.Root(ContentFeeds.Root(Request), entries), "application/xml; charset=utf-8");
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/sitemap-{part:int:min(1)}.xml")]
    public async Task<IActionResult> SitemapPart(int part, CancellationToken cancellationToken) =>
        SitemapXml.Part(ContentFeeds.Root(Request), await EntriesAsync(cancellationToken), part) is { } xml
            ? Content(xml, "application/xml; charset=utf-8")
            : NotFound();

    [HttpGet("/favicon.ico", Name = PortalRoutes.Favicon)]
    public IActionResult Favicon() => ThemeFile("favicon.ico", "image/x-icon");

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/site.webmanifest", Name = PortalRoutes.WebManifest)]
    public async Task<IActionResult> Manifest(CancellationToken cancellationToken)
    {
        var name = await settings.GetAsync(SiteSettings.SiteName, cancellationToken) ?? SiteSettings.DefaultSiteName;
        var icons = Url.Content("~/_content/EmulationPortal.Theme/icons/");
        var manifest = new
        {
            name,
            short_name = "Thi đua – Khen thưởng",
            lang = "vi",
            start_url = "/",
            display = "browser",
            background_color = "#ffffff",
            theme_color = "#a4161a",
            icons = new[]
            {
                new { src = icons + "icon-192.png", sizes = "192x192", type = "image/png" },
                new { src = icons + "icon-512.png", sizes = "512x512", type = "image/png" },
                new { src = icons + "icon.svg", sizes = "any", type = "image/svg+xml" },
            },
        };
        return Content(JsonSerializer.Serialize(manifest), "application/manifest+json; charset=utf-8");
    }

    private async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken cancellationToken)
    {
        var entries = ListRoutes.Select(route => new SitemapEntry(Url.RouteUrl(route)!)).ToList();
        foreach (var source in sources)
        {
            entries.AddRange(await source.EntriesAsync(cancellationToken));
        }
        return entries.DistinctBy(e => e.Path).ToList();
    }

    /// <summary>A file of the theme's icons, served at the root where browsers look for it.</summary>
    private IActionResult ThemeFile(string name, string contentType)
    {
        var file = environment.WebRootFileProvider.GetFileInfo($"_content/EmulationPortal.Theme/icons/{name}");
        if (!file.Exists)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "public, max-age=604800";
        return File(file.CreateReadStream(), contentType);
    }
}
