using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using TestModules.Notices.Models;

namespace TestModules.Notices.Controllers;

public sealed class NoticesController(ContentStore contentStore, ContentTypeRegistry contentTypes, ContentPreviews previews) : PublicContentController(previews)
{
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/thong-bao", Name = Routes.List)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var result = await contentStore.ListPublishedAsync(
            new ContentQuery { Types = contentTypes.NamesIn(NoticesSection.Section), PageSize = 20 }, cancellationToken);
        return View(new NoticeListPage(result.Items));
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/thong-bao/{slug}", Name = Routes.Details)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var record = await contentStore.GetPublishedBySlugAsync(contentTypes.NamesIn(NoticesSection.Section), slug, cancellationToken);
        return record is null ? NotFound() : View(Page(record));
    }

    [EnableRateLimiting(PortalRateLimits.Preview)]
    [HttpGet("/thong-bao/xem-truoc/{id}", Name = Routes.Preview)]
    public Task<IActionResult> Preview(string id) =>
        PreviewAsync(id, NoticesSection.Section, (record, _) => Task.FromResult<object>(Page(record)));

    private NoticePage Page(ContentRecord record)
    {
        var data = contentTypes.Deserialize<NoticeData>(record);
        return new NoticePage(record, data, MarkdownRenderer.ToHtml(data.Body));
    }
}
