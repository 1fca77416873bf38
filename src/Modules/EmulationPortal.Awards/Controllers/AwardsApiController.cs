using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Awards;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace EmulationPortal.Awards.Controllers;

/// <summary>The register as JSON: <c>/api/awards</c> (the look-up) and <c>/api/units/{slug}</c> (a unit with its years and awards).</summary>
[EnableRateLimiting(PortalRateLimits.Search)]
public sealed class AwardsApiController(AwardLookup lookup, UnitHistory history) : Controller
{
    // Filters are bound as text: a value that does not read gets its 400 and never shares a cached answer with no filter.
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/awards", Name = Routes.AwardsApi)]
    public async Task<IActionResult> Awards(string? q, string? year, string? from, string? to, string? kind, string? level, string? cluster,
        string? unit, string? recipientType, string? page, CancellationToken cancellationToken)
    {
        var (filter, errors) = await lookup.ParseAsync(new AwardFilterText(q, year, from, to, kind, level, cluster, unit, recipientType, page), cancellationToken);
        if (filter is null)
        {
            return AwardProblems.BadFilter(errors);
        }
        var result = await lookup.FindAsync(filter, cancellationToken);
        return Ok(new
        {
            total = result.Total,
            revoked = result.Revoked,
            page = filter.Page,
            pageCount = result.PageCount,
            items = result.Items.Select(Item),
            facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary(c => c.Value, c => c.Count)),
        });
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/units/{slug}", Name = Routes.UnitApi)]
    public async Task<IActionResult> Unit(string slug, CancellationToken cancellationToken)
    {
        if (await history.FindAsync(slug, cancellationToken) is not { } unit)
        {
            return AwardProblems.NotFound($"Không có đơn vị “{slug}”.");
        }
        return Ok(new
        {
            slug = unit.Unit.Id,
            name = unit.Unit.Name,
            province = unit.Unit.Province,
            terms = unit.Terms.Select(t => new { year = t.Year, cluster = t.ClusterId, clusterName = t.ClusterName, role = t.Role.ToString() }),
            awards = unit.Awards.Select(Item),
            streaks = unit.Streaks.Select(s => new { recipient = s.SubjectName, kind = s.Kind, years = s.Years }),
        });
    }

    private static object Item(AwardLine line) => new
    {
        decision = new
        {
            id = line.Decision.Id,
            number = line.Decision.Number,
            date = line.Decision.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            url = line.Decision.Url,
        },
        line = line.Line,
        year = line.Year,
        kind = line.Kind,
        kindId = line.KindId,
        level = line.Level?.ToString(),
        recipientType = line.RecipientType.ToString(),
        recipient = line.Recipient,
        unit = line.Unit is { } unit ? new { slug = unit.Id, name = unit.Name } : null,
        unitText = line.UnitText,
        cluster = line.Cluster?.Id,
        revoked = line.RevokedBy is { } revoker ? new { id = revoker.Id, number = revoker.Number, url = revoker.Url } : null,
    };
}
