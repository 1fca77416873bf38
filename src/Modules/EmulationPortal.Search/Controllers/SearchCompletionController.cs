using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;

namespace EmulationPortal.Search.Controllers;

/// <summary>
/// The search box's list as the reader types (<c>/api/search/complete?q=</c>). Not output-cached: every keystroke
/// is another address, and a store full of prefixes would push the pages out of it; one answer costs a few
/// milliseconds.
/// </summary>
[EnableRateLimiting(PortalRateLimits.Completion)]
public sealed class SearchCompletionController(SearchSuggestions suggestions, IContentAccessProvider accessProvider, ContentTypeRegistry contentTypes,
    ContentLinks links) : ControllerBase
{
    [HttpGet("/api/search/complete", Name = PortalRoutes.SearchCompletion)]
    [Produces("application/json")]
    public async Task<IActionResult> Complete([FromQuery(Name = "q")] string? query, CancellationToken cancellationToken = default)
    {
        var access = await accessProvider.GetAsync(User, cancellationToken);
        var completions = await suggestions.CompleteAsync(query, access.SeesAllClusters, cancellationToken);
        return Ok(new
        {
            query = query ?? "",
            suggestions = completions.Select(c => new
            {
                text = c.Text,
                kind = JsonKind(c.Kind),
                kindLabel = KindLabel(c),
                detail = c.Detail,
                url = Link(c),
            }),
        });
    }

    private static string JsonKind(CompletionKind kind) => kind switch
    {
        CompletionKind.Number => "number",
        CompletionKind.AwardKind => "awardKind",
        CompletionKind.Unit => "unit",
        CompletionKind.Issuer => "issuer",
        _ => "title",
    };

    private string KindLabel(Completion completion) => completion.Kind switch
    {
        CompletionKind.Number => "Số ký hiệu",
        CompletionKind.AwardKind => "Hình thức khen thưởng",
        CompletionKind.Unit => "Đơn vị",
        CompletionKind.Issuer => "Cơ quan ban hành",
        _ => contentTypes.Get(completion.Type!).DisplayName,
    };

    /// <summary>An item goes to its page, a unit to its page of awards and terms, an award kind or issuer to the search filtered by it.</summary>
    private string Link(Completion completion) => completion.Kind switch
    {
        CompletionKind.AwardKind => Url.RouteUrl(PortalRoutes.Search, new RouteValueDictionary { ["q"] = completion.Text, ["hinh-thuc"] = completion.Text })!,
        CompletionKind.Issuer => Url.RouteUrl(PortalRoutes.Search, new RouteValueDictionary { ["q"] = completion.Text, ["co-quan"] = completion.Text })!,
        CompletionKind.Unit => Url.RouteUrl(PortalRoutes.UnitDetails, new { slug = completion.Slug })!,
        _ => links.Public(contentTypes.Get(completion.Type!), completion.Slug!),
    };
}
