using EmulationPortal.Core.Awards;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using EmulationPortal.Search.Models;
using EmulationPortal.Search.Services;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Search.Controllers;

/// <summary>The search page (<c>/tim-kiem</c>) and its JSON twin (<c>/api/search</c>).</summary>
[EnableRateLimiting(PortalRateLimits.Search)]
public sealed class SearchController(SearchIndex index, IContentAccessProvider accessProvider, IClusterDirectory clusterDirectory,
    IUnitDirectory unitDirectory, ContentTypeRegistry contentTypes, ContentLinks links, IEnumerable<IItemFilter> itemFilters,
    IEnumerable<IContentBadges> badgeSources, SearchSuggestions suggestions) : Controller
{
    /// <summary>Units shown above the results: a name searched for is usually one unit, a handful at most.</summary>
    public const int UnitMatches = 5;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/tim-kiem", Name = PortalRoutes.Search)]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? query, [FromQuery(Name = "loai")] string? type,
        [FromQuery(Name = "cum")] string? cluster, [FromQuery(Name = "nam")] int? year, [FromQuery(Name = "co-quan")] string? issuer,
        [FromQuery(Name = "hinh-thuc")] string? awardKind, [FromQuery(Name = "sap-xep")] string? sort, [FromQuery(Name = "trang")] int page = 1,
        [FromQuery(Name = ItemFilterKeys.LegalStatus)] string? legalStatus = null, CancellationToken cancellationToken = default)
    {
        var chosen = Chosen(new() { [ItemFilterKeys.LegalStatus] = legalStatus });
        var (result, building) = await SearchAsync(query, type, cluster, year, issuer, awardKind, sort == "ngay" ? "date" : "relevance", page, chosen, cancellationToken);
        var units = page == 1 ? await unitDirectory.SuggestAsync(UnitWords(query), UnitMatches, cancellationToken) : [];
        // A filter is offered where it narrows something: when the results hold items it speaks of, or it is set.
        var typesFound = result.Facets.GetValueOrDefault("type")?.Keys ?? [];
        var filters = itemFilters.Where(f => chosen.ContainsKey(f) || typesFound.Any(f.Covers))
            .Select(f => new SearchFilter(f.Key, f.Label, f.Options, chosen.GetValueOrDefault(f)?.Value)).ToList();
        return View(new SearchPage(result, await clusterDirectory.AllAsync(cancellationToken),
            contentTypes.All.ToDictionary(t => t.Name, t => t.DisplayName), result.Hits.ToDictionary(hit => hit.Id, HitUrl), units,
            filters, await BadgesAsync(result.Hits, cancellationToken), building, await DidYouMeanAsync(result, building, cancellationToken)));
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/search")]
    [Produces("application/json")]
    public async Task<IActionResult> Api([FromQuery(Name = "q")] string? query, string? type, string? cluster, int? year, string? issuer,
        string? awardKind, string? sort, int page = 1, string? status = null, CancellationToken cancellationToken = default)
    {
        var chosen = Chosen(new() { [ItemFilterKeys.LegalStatus] = status });
        var (result, building) = await SearchAsync(query, type, cluster, year, issuer, awardKind, sort == "date" ? "date" : "relevance", page, chosen, cancellationToken);
        var badges = await BadgesAsync(result.Hits, cancellationToken);
        var suggestion = await DidYouMeanAsync(result, building, cancellationToken);
        return Ok(new
        {
            query = result.Request.Query,
            total = result.Total,
            // While the index is being built, what it holds so far: the total and hits may be incomplete.
            building,
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
                badge = badges.GetValueOrDefault(hit.Id)?.Text,
            }),
            facets = result.Facets,
            suggestion = suggestion is null ? null : new { query = suggestion.Query, total = suggestion.Total },
        });
    }

    /// <summary>
    /// "Có phải bạn muốn tìm …" for the first page of a query that found nothing, searched with the same filters; none
    /// while the index is being built, where a word not found yet is not misspelt.
    /// </summary>
    private async Task<SpellingSuggestion?> DidYouMeanAsync(SearchResult result, bool building, CancellationToken cancellationToken) =>
        !building && result.Total == 0 && result.Request.Page == 1 && !string.IsNullOrWhiteSpace(result.Request.Query)
            ? await suggestions.DidYouMeanAsync(result.Request, cancellationToken)
            : null;

    /// <summary>The other modules' filters the request sets to a value they know; a value they do not know sets nothing.</summary>
    private Dictionary<IItemFilter, ItemFilterOption> Chosen(Dictionary<string, string?> values) =>
        itemFilters.Select(f => (Filter: f, Option: f.Find(values.GetValueOrDefault(f.Key)))).Where(c => c.Option is not null)
            .ToDictionary(c => c.Filter, c => c.Option!);

    private async Task<IReadOnlyDictionary<string, ContentBadge>> BadgesAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        var badges = new Dictionary<string, ContentBadge>();
        foreach (var source in badgeSources)
        {
            var ids = hits.Where(h => source.Covers(h.Type)).Select(h => h.Id).ToList();
            if (ids.Count > 0)
            {
                foreach (var (id, badge) in await source.BadgesAsync(ids, cancellationToken))
                {
                    badges[id] = badge;
                }
            }
        }
        return badges;
    }

    /// <summary>The search, and whether it may have read an index still being built (then the page is not kept in the output cache).</summary>
    private async Task<(SearchResult Result, bool Building)> SearchAsync(string? query, string? type, string? cluster, int? year, string? issuer, string? awardKind,
        string sort, int page, IReadOnlyDictionary<IItemFilter, ItemFilterOption> chosen, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string>? itemIds = null;
        foreach (var (filter, option) in chosen)
        {
            var items = await filter.ItemsAsync(option, cancellationToken);
            itemIds = itemIds is null ? items : itemIds.Intersect(items, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        }
        var access = await accessProvider.GetAsync(User, cancellationToken);
        // Asked before and after: a build may start (at the first search, or after a fault) or end while the search runs.
        var building = index.Building;
        var result = await index.SearchAsync(new SearchRequest
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
            ItemIds = itemIds,
        }, cancellationToken);
        building |= index.Building;
        if (building && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
        return (result, building);
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
