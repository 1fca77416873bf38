using EmulationPortal.Core.Awards;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Media;
using EmulationPortal.Documents.Models;
using EmulationPortal.Documents.Services.Relations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;

namespace EmulationPortal.Documents.Controllers;

public sealed class DocumentsController(ContentStore contentStore, ContentTypeRegistry contentTypes, ContentCards contentCards, IClusterDirectory clusterDirectory, IMediaStore mediaStore, ContentPreviews previews, IAwardFacts awardFacts, ContentLinks links, DocumentArchive archive, IEnumerable<IRelatedContent> relatedContent, ContentFeeds feeds) : PublicContentController(previews)
{
    private const int PageSize = 20;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/van-ban", Name = PortalRoutes.DocumentsList)]
    public async Task<IActionResult> Index([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "cum")] string? clusterSlug,
        [FromQuery(Name = "nam")] int? year, [FromQuery(Name = "hieu-luc")] string? statusSlug, [FromQuery(Name = "trang")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var status = DocumentStatuses.Parse(statusSlug);
        var documentTypes = contentTypes.NamesIn(DocumentsSection.Section);
        var selectedType = documentTypes.FirstOrDefault(t => t == type);
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var cluster = clusters.Values.FirstOrDefault(c => c.Slug == clusterSlug);
        var result = await contentStore.ListPublishedAsync(new ContentQuery
        {
            Types = selectedType is null ? documentTypes : [selectedType],
            ClusterId = cluster?.Id,
            Year = year,
            Ids = status is null ? null : (await archive.ListAsync(cancellationToken)).Where(d => d.Status == status).Select(d => d.Id).ToList(),
            Page = page,
            PageSize = PageSize,
        }, cancellationToken);
        var cards = await contentCards.BuildAsync(result.Items, cancellationToken);
        return View(new DocumentListPage(
            new PagedResult<ContentCard>(cards, result.Total, result.Page, result.PageSize),
            documentTypes.Select(contentTypes.Get).ToList(),
            clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            await contentStore.PublishedYearsAsync(documentTypes, cancellationToken: cancellationToken),
            selectedType,
            cluster?.Slug,
            year,
            status));
    }

    /// <summary>The newest documents of all clusters or one (<c>?cum=</c>), of every type or one (<c>?loai=</c>).</summary>
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/van-ban/rss", Name = PortalRoutes.DocumentsFeed)]
    public Task<IActionResult> Rss([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "cum")] string? clusterSlug, CancellationToken cancellationToken) =>
        FeedAsync(type, clusterSlug, FeedFormat.Rss, cancellationToken);

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/van-ban/atom", Name = Routes.Atom)]
    public Task<IActionResult> Atom([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "cum")] string? clusterSlug, CancellationToken cancellationToken) =>
        FeedAsync(type, clusterSlug, FeedFormat.Atom, cancellationToken);

    private async Task<IActionResult> FeedAsync(string? type, string? clusterSlug, FeedFormat format, CancellationToken cancellationToken)
    {
        var documentTypes = contentTypes.NamesIn(DocumentsSection.Section);
        var selectedType = documentTypes.FirstOrDefault(t => t == type);
        var cluster = (await clusterDirectory.AllAsync(cancellationToken)).Values.FirstOrDefault(c => c.Slug == clusterSlug);
        if ((!string.IsNullOrWhiteSpace(type) && selectedType is null) || (!string.IsNullOrWhiteSpace(clusterSlug) && cluster is null))
        {
            return NotFound();
        }
        var kind = selectedType is null ? "Văn bản" : contentTypes.Get(selectedType).DisplayName;
        var feed = await feeds.BuildAsync(cluster is null ? $"{kind} mới ban hành" : $"{kind} – {cluster.Name}",
            "Kế hoạch, quyết định khen thưởng và các văn bản về thi đua, khen thưởng mới ban hành.", ContentFeeds.Root(Request),
            Url.RouteUrl(PortalRoutes.DocumentsList, new { loai = selectedType, cum = cluster?.Slug })!,
            new ContentQuery { Types = selectedType is null ? documentTypes : [selectedType], ClusterId = cluster?.Id }, cancellationToken);
        return ContentFeeds.Write(feed, format);
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/van-ban/{slug}", Name = Routes.Details)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var record = await contentStore.GetPublishedBySlugAsync(contentTypes.NamesIn(DocumentsSection.Section), slug, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }
        var page = await PageAsync(record, cancellationToken);
        return View(page.Data is AwardDecisionData ? page with { AwardNotes = await AwardNotesAsync(record.Id, cancellationToken) } : page);
    }

    /// <summary>The newest version, draft or not, exactly as the public page will show it.</summary>
    [EnableRateLimiting(PortalRateLimits.Preview)]
    [HttpGet("/van-ban/xem-truoc/{id}", Name = Routes.Preview)]
    public Task<IActionResult> Preview(string id) =>
        PreviewAsync(id, DocumentsSection.Section, async (record, cancellationToken) => await PageAsync(record, cancellationToken));

    private async Task<DocumentPage> PageAsync(ContentRecord record, CancellationToken cancellationToken)
    {
        var data = (OfficialDocumentData)contentTypes.Deserialize(record.Type, record.Data);
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var type = contentTypes.Get(record.Type);
        var kind = type.Summarize(data).Label;
        var relations = await archive.RelationsAsync(record.Id, record.Title, data, cancellationToken);
        var jsonLd = LegislationJsonLd.Write(data, record.Title, kind, record.Slug, relations,
            slug => Url.RouteUrl(Routes.Details, new { slug }, Request.Scheme, Request.Host.Value)!);
        var others = new List<RelatedLink>();
        foreach (var related in relatedContent)
        {
            others.AddRange(await related.LinksAsync(record, cancellationToken));
        }
        return new DocumentPage(record, type, data, clusters.GetValueOrDefault(record.ClusterId),
            MarkdownRenderer.ToHtml(data.Body), AttachmentLink.For(data.Attachments, mediaStore), DecisionAwardNotes.None, relations, kind, jsonLd, others);
    }

    /// <summary>The register's word on the live version's list (a preview's list may differ from the register's, so it gets none).</summary>
    private async Task<DecisionAwardNotes> AwardNotesAsync(string id, CancellationToken cancellationToken)
    {
        var facts = await awardFacts.OfDecisionAsync(id, cancellationToken);
        RevocationNote? Note(AwardRevoker? revoker) =>
            revoker is null ? null : new RevocationNote(revoker.DecisionNumber ?? "", links.Public(contentTypes.Get(revoker.DecisionType), revoker.DecisionSlug));
        return new DecisionAwardNotes(facts.Lines.ToDictionary(l => l.Key, l => (l.Value.UnitId, Note(l.Value.RevokedBy))), Note(facts.RevokedWhole));
    }
}
