using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Awards.Services.Charts;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Awards.Controllers;

/// <summary>The statistics of the register: charts drawn on the server, their numbers as tables and as CSV.</summary>
public sealed class StatisticsController(AwardStatistics statistics, IClusterDirectory clusterDirectory) : Controller
{
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/thong-ke", Name = PortalRoutes.AwardStatistics)]
    public async Task<IActionResult> Index([FromQuery(Name = "tu-nam")] int? from, [FromQuery(Name = "den-nam")] int? to,
        [FromQuery(Name = "cum")] string? clusterSlug, CancellationToken cancellationToken)
    {
        var (filter, page) = await FilterAsync(from, to, clusterSlug, cancellationToken);
        return View(page with { Report = await statistics.BuildAsync(filter, cancellationToken) });
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/thong-ke/{chart}.csv", Name = Routes.StatisticsCsv)]
    public async Task<IActionResult> Csv(string chart, [FromQuery(Name = "tu-nam")] int? from, [FromQuery(Name = "den-nam")] int? to,
        [FromQuery(Name = "cum")] string? clusterSlug, CancellationToken cancellationToken)
    {
        var (filter, _) = await FilterAsync(from, to, clusterSlug, cancellationToken);
        var report = await statistics.BuildAsync(filter, cancellationToken);
        return report.Charts.FirstOrDefault(c => c.Slug == chart) is { } found
            ? File(ChartCsv.Write(found.Data), "text/csv; charset=utf-8", $"thong-ke-{found.Slug}.csv")
            : NotFound();
    }

    /// <summary>
    /// The filter as the reader asked, read leniently: years the wrong way round are swapped, an unknown
    /// cluster counts all of them, and the page says so.
    /// </summary>
    private async Task<(StatisticsFilter Filter, StatisticsPage Page)> FilterAsync(int? from, int? to, string? clusterSlug, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        if (from > to)
        {
            (from, to) = (to, from);
            notes.Add($"Năm bắt đầu sau năm kết thúc: đã thống kê từ năm {from} đến năm {to}.");
        }
        var clusters = (await clusterDirectory.AllAsync(cancellationToken)).Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var cluster = clusters.FirstOrDefault(c => c.Slug == clusterSlug);
        if (!string.IsNullOrEmpty(clusterSlug) && cluster is null)
        {
            notes.Add("Không tìm thấy cụm, khối thi đua đã chọn: đang thống kê tất cả các cụm, khối.");
        }
        var empty = new StatisticsReport(0, [], []);
        return (new StatisticsFilter(from, to, cluster?.Id), new StatisticsPage(empty, clusters, from, to, cluster?.Slug, notes));
    }
}
