using EmulationPortal.Core.Awards;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using EmulationPortal.Search.Models;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Search.Controllers;

/// <summary>The search page (<c>/tim-kiem</c>) and its JSON twin (<c>/api/search</c>).</summary>
[EnableRateLimiting(PortalRateLimits.Search)]
public sealed class SearchController(ISearchIndex index, IContentAccessProvider accessProvider, IClusterDirectory clusterDirectory,
    IUnitDirectory unitDirectory, ContentTypeRegistry contentTypes, ContentLinks links) : Controller
{
    /// <summary>Units shown above the results: a name searched for is usually one unit, a handful at most.</summary>
    public const int UnitMatches = 5;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/tim-kiem", Name = PortalRoutes.Search)]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? query, [FromQuery(Name = "loai")] string? type,
        [FromQuery(Name = "cum")] string? cluster, [FromQuery(Name = "nam")] int? year, [FromQuery(Name = "co-quan")] string? issuer,
        [FromQuery(Name = "hinh-thuc")] string? awardKind, [FromQuery(Name = "sap-xep")] string? sort, [FromQuery(Name = "trang")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var result = await SearchAsync(query, type, cluster, year, issuer, awardKind, sort == "ngay" ? "date" : "relevance", page, cancellationToken);
        var units = page == 1 ? await unitDirectory.SuggestAsync(UnitWords(query), UnitMatches, cancellationToken) : [];
        return View(new SearchPage(result, await clusterDirectory.AllAsync(cancellationToken),
            contentTypes.All.ToDictionary(t => t.Name, t => t.DisplayName), result.Hits.ToDictionary(hit => hit.Id, HitUrl), units));
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/search")]
    [Produces("application/json")]
    public async Task<IActionResult> Api([FromQuery(Name = "q")] string? query, string? type, string? cluster, int? year, string? issuer,
        string? awardKind, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await SearchAsync(query, type, cluster, year, issuer, awardKind, sort == "date" ? "date" : "relevance", page, cancellationToken);
        return Ok(new
        {
            query = result.Request.Query,
            total = result.Total,
            page = result.Request.Page,
            hits = result.Hits.Select(hit => new
            {
                id = hit.Id,
                type = hit.Type,
                title = hit.Title,
                url = HitUrl(hit),
                number = hit.Number,
                date = hit.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                cluster = hit.ClusterId,
                snippet = hit.SnippetHtml,
            }),
            facets = result.Facets,
        });
    }

    private async Task<SearchResult> SearchAsync(string? query, string? type, string? cluster, int? year, string? issuer, string? awardKind,
        string sort, int page, CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, cancellationToken);
        return await index.SearchAsync(new SearchRequest
        {
            Query = query ?? "",
            Type = Blank(type),
            ClusterId = Blank(cluster),
            Year = year,
            Issuer = Blank(issuer),
            AwardKind = Blank(awardKind),
            Sort = sort,
            Page = page,
            IncludeArchived = access.SeesAllClusters,
        }, cancellationToken);
    }

    private string HitUrl(SearchHit hit) => links.Public(contentTypes.Get(hit.Type), hit.Slug);

    /// <summary>
    /// The words a unit's name must hold: the query without its exclusions (-word) and OR, whose meaning a name
    /// cannot take, and without document numbers; empty when nothing of a name is left.
    /// </summary>
    internal static string UnitWords(string? query) =>
        string.Join(' ', (query ?? "").Replace('"', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !word.StartsWith('-') && word != "OR" && !word.Contains('/') && !word.Any(char.IsDigit)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
