using EmulationPortal.Clusters.Models;
using EmulationPortal.Clusters.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Clusters.Controllers;

/// <summary>/cum-thi-dua/{slug}/{year}: the covenant, the scores and the vote of a cluster's year.</summary>
public sealed class ClusterYearsController(ClusterStore clusters, ClusterYears years, ContentStore contentStore, ContentTypeRegistry contentTypes,
    ContentCards contentCards, NumberedDocuments numbered, ContentPreviews previews) : PublicContentController(previews)
{
    private const int Listed = 12;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/cum-thi-dua/{slug}/{year:int}", Name = PortalRoutes.ClusterYear)]
    public async Task<IActionResult> Details(string slug, int year, CancellationToken cancellationToken)
    {
        var cluster = await clusters.FindBySlugAsync(slug, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }
        var published = await years.PublishedAsync(cluster.Id, cancellationToken);
        var (record, _) = published.FirstOrDefault(y => y.Data.Year == year);
        return record is null ? NotFound() : View(await PageAsync(cluster, record, published.Select(y => y.Data.Year).ToList(), cancellationToken));
    }

    /// <summary>Where search and lists link a year (by its item's slug): the address readers share.</summary>
    [HttpGet("/cum-thi-dua/nam/{slug}", Name = Routes.YearBySlug)]
    public async Task<IActionResult> BySlug(string slug, CancellationToken cancellationToken)
    {
        var record = await contentStore.GetPublishedBySlugAsync([ClusterYearType.TypeName], slug, cancellationToken);
        var cluster = record is null ? null : (await clusters.ListAsync(cancellationToken)).FirstOrDefault(c => c.Id == record.ClusterId);
        return record is null || cluster is null
            ? NotFound()
            : RedirectToRoutePermanent(PortalRoutes.ClusterYear, new { slug = cluster.Slug, year = contentTypes.Deserialize<ClusterYearData>(record).Year });
    }

    [EnableRateLimiting(PortalRateLimits.Preview)]
    [HttpGet("/cum-thi-dua/nam/xem-truoc/{id}", Name = Routes.YearPreview)]
    public Task<IActionResult> Preview(string id) =>
        PreviewAsync(id, ClusterYearsSection.Section, async (record, cancellationToken) =>
        {
            var cluster = (await clusters.ListAsync(cancellationToken)).First(c => c.Id == record.ClusterId);
            return await PageAsync(cluster, record, [], cancellationToken);
        });

    private async Task<ClusterYearPage> PageAsync(Cluster cluster, ContentRecord record, IReadOnlyList<int> publishedYears, CancellationToken cancellationToken)
    {
        var data = contentTypes.Deserialize<ClusterYearData>(record);
        var units = (await clusters.TermsAsync(cluster.Id, cancellationToken)).SelectMany(t => t.Members).DistinctBy(u => u.Id).ToDictionary(u => u.Id);
        // Sections are named, not referenced: the News and Documents modules declare them.
        var news = await contentStore.ListPublishedAsync(new ContentQuery
        {
            Types = contentTypes.NamesIn(new ContentSection("News")), ClusterId = cluster.Id, Year = data.Year, PageSize = Listed,
        }, cancellationToken);
        var documents = await contentStore.ListPublishedAsync(new ContentQuery
        {
            Types = contentTypes.NamesIn(new ContentSection("Documents")), ClusterId = cluster.Id, Year = data.Year, PageSize = Listed,
        }, cancellationToken);
        return new ClusterYearPage(cluster, record, data, units, publishedYears,
            await numbered.FindAsync(data.Covenant.DocumentNumber, cancellationToken), await numbered.FindAsync(data.ProposalNumber, cancellationToken),
            await contentCards.BuildAsync(news.Items, cancellationToken), await contentCards.BuildAsync(documents.Items, cancellationToken));
    }
}
