using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Media;
using EmulationPortal.News.Models;
using EmulationPortal.News.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;

namespace EmulationPortal.News.Controllers;

public sealed class NewsController(ContentStore contentStore, ContentTypeRegistry contentTypes, NewsCards newsCards, ContentCards contentCards, IClusterDirectory clusterDirectory, IMediaLibrary mediaLibrary, IMediaStore mediaStore, ContentPreviews previews, SiteSettings settings, ContentFeeds feeds) : PublicContentController(previews)
{
    private const int PageSize = 12;
    private const int RelatedCount = 4;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/tin-tuc", Name = PortalRoutes.NewsList)]
    public async Task<IActionResult> Index([FromQuery(Name = "cum")] string? clusterSlug, [FromQuery(Name = "nam")] int? year,
        [FromQuery(Name = "trang")] int page = 1, CancellationToken cancellationToken = default)
    {
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var cluster = clusters.Values.FirstOrDefault(c => c.Slug == clusterSlug);
        var types = contentTypes.NamesIn(NewsSection.Section);
        var result = await contentStore.ListPublishedAsync(
            new ContentQuery { Types = types, ClusterId = cluster?.Id, Year = year, Page = page, PageSize = PageSize }, cancellationToken);
        var cards = await newsCards.BuildAsync(result.Items, cancellationToken);
        return View(new NewsListPage(
            new PagedResult<NewsCard>(cards, result.Total, result.Page, result.PageSize),
            clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            await contentStore.PublishedYearsAsync(types, cancellationToken: cancellationToken),
            cluster?.Slug,
            year));
    }

    /// <summary>The newest write-ups of all clusters or one (<c>?cum=</c>), for feed readers.</summary>
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/tin-tuc/rss", Name = PortalRoutes.NewsFeed)]
    public Task<IActionResult> Rss([FromQuery(Name = "cum")] string? clusterSlug, CancellationToken cancellationToken) =>
        FeedAsync(clusterSlug, FeedFormat.Rss, cancellationToken);

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/tin-tuc/atom", Name = Routes.Atom)]
    public Task<IActionResult> Atom([FromQuery(Name = "cum")] string? clusterSlug, CancellationToken cancellationToken) =>
        FeedAsync(clusterSlug, FeedFormat.Atom, cancellationToken);

    private async Task<IActionResult> FeedAsync(string? clusterSlug, FeedFormat format, CancellationToken cancellationToken)
    {
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var cluster = clusters.Values.FirstOrDefault(c => c.Slug == clusterSlug);
        if (!string.IsNullOrWhiteSpace(clusterSlug) && cluster is null)
        {
            return NotFound();
        }
        var feed = await feeds.BuildAsync(cluster is null ? "Tin hội nghị các cụm, khối thi đua" : $"Tin hội nghị – {cluster.Name}",
            "Tin tức hội nghị sơ kết, tổng kết, ký kết giao ước thi đua của các cụm, khối thi đua.", ContentFeeds.Root(Request),
            Url.RouteUrl(PortalRoutes.NewsList, new { cum = cluster?.Slug })!,
            new ContentQuery { Types = contentTypes.NamesIn(NewsSection.Section), ClusterId = cluster?.Id }, cancellationToken);
        return ContentFeeds.Write(feed, format);
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/tin-tuc/{slug}", Name = Routes.Details)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var record = await contentStore.GetPublishedBySlugAsync(contentTypes.NamesIn(NewsSection.Section), slug, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }
        return View(await PageAsync(record, cancellationToken));
    }

    /// <summary>The newest version, draft or not, exactly as the public page will show it.</summary>
    [EnableRateLimiting(PortalRateLimits.Preview)]
    [HttpGet("/tin-tuc/xem-truoc/{id}", Name = Routes.Preview)]
    public Task<IActionResult> Preview(string id) =>
        PreviewAsync(id, NewsSection.Section, async (record, cancellationToken) => await PageAsync(record, cancellationToken));

    private async Task<ConferencePage> PageAsync(ContentRecord record, CancellationToken cancellationToken)
    {
        var data = contentTypes.Deserialize<ConferenceData>(record);
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var photos = await mediaLibrary.PhotosAsync(data.Photos.Select(p => p.File), cancellationToken);
        var urls = PhotoUrls.For(photos, mediaLibrary);
        var lead = contentTypes.Get(record.Type).Summarize(data).Text;
        string Absolute(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";
        var images = data.Photos.Select(p => urls.GetValueOrDefault(p.File)?.LargestUrl).OfType<string>().Take(3).Select(Absolute).ToList();
        var jsonLd = NewsArticleJsonLd.Write(record.Title, lead, data.Date, record.PublishedUtc, record.ModifiedUtc, images,
            await settings.GetAsync(SiteSettings.SiteName, cancellationToken) ?? SiteSettings.DefaultSiteName, Absolute(Url.RouteUrl(Routes.Details, new { slug = record.Slug })!),
            [("Trang chủ", Absolute(Url.RouteUrl(PortalRoutes.Home)!)), ("Tin tức", Absolute(Url.RouteUrl(PortalRoutes.NewsList)!)),
                (record.Title, Absolute(Url.RouteUrl(Routes.Details, new { slug = record.Slug })!))]);
        var types = contentTypes.NamesIn(NewsSection.Section);
        var sameCluster = await contentStore.ListPublishedAsync(
            new ContentQuery { Types = types, ClusterId = record.ClusterId, PageSize = RelatedCount + 1 }, cancellationToken);
        var related = await newsCards.BuildAsync(sameCluster.Items.Where(r => r.Id != record.Id).Take(RelatedCount), cancellationToken);
        var neighbours = await contentStore.NeighboursAsync(types, record.Id, cancellationToken);
        var neighbourCards = await contentCards.BuildAsync(new[] { neighbours.Newer, neighbours.Older }.OfType<ContentRecord>(), cancellationToken);
        return new ConferencePage(record, data, clusters.GetValueOrDefault(record.ClusterId), MarkdownRenderer.ToHtml(data.Body),
            urls, AttachmentLink.For(data.Attachments, mediaStore), lead, jsonLd, related,
            neighbourCards.FirstOrDefault(c => c.Id == neighbours.Newer?.Id), neighbourCards.FirstOrDefault(c => c.Id == neighbours.Older?.Id));
    }
}
