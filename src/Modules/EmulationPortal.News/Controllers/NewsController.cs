using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Media;
using EmulationPortal.News.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.News.Controllers;

public sealed class NewsController(ContentStore contentStore, ContentTypeRegistry contentTypes, NewsCards newsCards, IClusterDirectory clusterDirectory, IMediaLibrary mediaLibrary, IMediaStore mediaStore, ContentPreviews previews) : PublicContentController(previews)
{
    private const int PageSize = 12;

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
    [Authorize]
    [HttpGet("/tin-tuc/xem-truoc/{id}", Name = Routes.Preview)]
    public Task<IActionResult> Preview(string id) =>
        PreviewAsync(id, NewsSection.Section, async (record, cancellationToken) => await PageAsync(record, cancellationToken));

    private async Task<ConferencePage> PageAsync(ContentRecord record, CancellationToken cancellationToken)
    {
        var data = contentTypes.Deserialize<ConferenceData>(record);
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var photos = await mediaLibrary.PhotosAsync(data.Photos.Select(p => p.File), cancellationToken);
        return new ConferencePage(record, data, clusters.GetValueOrDefault(record.ClusterId), MarkdownRenderer.ToHtml(data.Body),
            PhotoUrls.For(photos, mediaLibrary), AttachmentLink.For(data.Attachments, mediaStore));
    }
}
