using EmulationPortal.Mvc.Routing;
using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace EmulationPortal.Awards.Controllers;

/// <summary>The look-up of the register (<c>/khen-thuong</c>) and its exports as CSV and XLSX, with the same filters.</summary>
public sealed class AwardLookupController(AwardLookup lookup, IClusterDirectory clusters, IUnitDirectory units) : Controller
{
    // The filters are bound as text, so a value that does not read is told to the reader and never shares a cached page with no filter.
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/khen-thuong", Name = PortalRoutes.AwardLookup)]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? name, [FromQuery(Name = "nam")] string? year,
        [FromQuery(Name = "tu-nam")] string? from, [FromQuery(Name = "den-nam")] string? to, [FromQuery(Name = "hinh-thuc")] string? kind,
        [FromQuery(Name = "cap")] string? level, [FromQuery(Name = "cum")] string? cluster, [FromQuery(Name = "don-vi")] string? unit,
        [FromQuery(Name = "doi-tuong")] string? recipientType, [FromQuery(Name = "trang")] string? page, CancellationToken cancellationToken)
    {
        var text = new AwardFilterText(name, year, from, to, kind, level, cluster, unit, recipientType, page);
        var (filter, errors) = await lookup.ParseAsync(text, cancellationToken);
        var result = filter is null ? null : await lookup.FindAsync(filter, cancellationToken);
        var unitLink = filter?.UnitId is { } unitId && await units.FindAsync(unitId, cancellationToken) is { } found ? new AwardUnitLink(found.Id, found.Name) : null;
        if (filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(new AwardLookupPage(text, result, errors, await lookup.YearsAsync(cancellationToken), await lookup.CatalogueAsync(cancellationToken),
            (await clusters.AllAsync(cancellationToken)).Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(), unitLink));
    }

    [EnableRateLimiting(PortalRateLimits.Search)]
    [HttpGet("/khen-thuong.csv", Name = Routes.AwardLookupCsv)]
    public Task<IActionResult> Csv([FromQuery(Name = "q")] string? name, [FromQuery(Name = "nam")] string? year,
        [FromQuery(Name = "tu-nam")] string? from, [FromQuery(Name = "den-nam")] string? to, [FromQuery(Name = "hinh-thuc")] string? kind,
        [FromQuery(Name = "cap")] string? level, [FromQuery(Name = "cum")] string? cluster, [FromQuery(Name = "don-vi")] string? unit,
        [FromQuery(Name = "doi-tuong")] string? recipientType, CancellationToken cancellationToken) =>
        ExportAsync(new AwardFilterText(name, year, from, to, kind, level, cluster, unit, recipientType), "text/csv; charset=utf-8", "csv",
            AwardLookupExport.WriteCsvAsync, cancellationToken);

    [EnableRateLimiting(PortalRateLimits.Search)]
    [HttpGet("/khen-thuong.xlsx", Name = Routes.AwardLookupXlsx)]
    public Task<IActionResult> Xlsx([FromQuery(Name = "q")] string? name, [FromQuery(Name = "nam")] string? year,
        [FromQuery(Name = "tu-nam")] string? from, [FromQuery(Name = "den-nam")] string? to, [FromQuery(Name = "hinh-thuc")] string? kind,
        [FromQuery(Name = "cap")] string? level, [FromQuery(Name = "cum")] string? cluster, [FromQuery(Name = "don-vi")] string? unit,
        [FromQuery(Name = "doi-tuong")] string? recipientType, CancellationToken cancellationToken) =>
        ExportAsync(new AwardFilterText(name, year, from, to, kind, level, cluster, unit, recipientType), AwardLookupExport.XlsxContentType, "xlsx",
            AwardLookupExport.WriteXlsxAsync, cancellationToken);

    private async Task<IActionResult> ExportAsync(AwardFilterText text, string contentType, string extension,
        Func<IReadOnlyList<AwardLine>, Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var (filter, errors) = await lookup.ParseAsync(text, cancellationToken);
        if (filter is null)
        {
            return AwardProblems.BadFilter(errors);
        }
        var lines = await lookup.ExportAsync(filter, cancellationToken);
        var body = new MemoryStream();
        await write(lines, body, cancellationToken);
        body.Position = 0;
        return File(body, contentType, $"khen-thuong.{extension}");
    }
}
