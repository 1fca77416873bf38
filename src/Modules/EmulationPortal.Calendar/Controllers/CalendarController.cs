using System.Globalization;
using EmulationPortal.Calendar.Models;
using EmulationPortal.Calendar.Services;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Calendar.Controllers;

public sealed class CalendarController(PublicCalendar calendar, IClusterDirectory clusterDirectory, IWorkingCalendarProvider workingCalendar, TimeProvider clock)
    : Controller
{
    // A feed holds last year's events and those planned up to a year ahead: what a subscribed calendar shows.
    private const int FeedMonthsBack = 12;
    private const int FeedMonthsAhead = 12;

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/lich", Name = PortalRoutes.Calendar)]
    public async Task<IActionResult> Index(string? thang, string? cum, CancellationToken cancellationToken)
    {
        var month = ParseMonth(thang) ?? FirstOfMonth(Today);
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var cluster = string.IsNullOrWhiteSpace(cum) ? null : clusters.Values.FirstOrDefault(c => c.Slug == cum.Trim());
        if (!string.IsNullOrWhiteSpace(cum) && cluster is null)
        {
            return NotFound();
        }
        var entries = await calendar.EventsAsync(month, month.AddMonths(1).AddDays(-1), cluster?.Id, cancellationToken);
        // The page shows the month's days off too, as deadlines and conferences are planned around them; the feed
        // leaves them to the holiday calendars its subscribers already have.
        var daysOff = (await workingCalendar.GetAsync(cancellationToken)).DaysOff(month.Year).Values
            .Where(d => d.Date.Month == month.Month)
            .Select(d => new CalendarEntry($"nghi-{d.Date:yyyyMMdd}", d.Date, "Ngày nghỉ", d.Name, null, null, null, null));
        var days = daysOff.Concat(entries).OrderBy(e => e.Date).GroupBy(e => e.Date).Select(g => new CalendarDay(g.Key, g.ToList())).ToList();
        var options = clusters.Values.OrderBy(c => c.Name, StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true)).ToList();
        // The months offered: a year either side of today, and the one shown when it is further away.
        var thisMonth = FirstOfMonth(Today);
        var months = Enumerable.Range(-12, 25).Select(thisMonth.AddMonths).Append(month).Distinct().Order().ToList();
        return View(new CalendarPage(month, days, options, cluster, months));
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/lich.ics", Name = PortalRoutes.CalendarFeed)]
    public async Task<IActionResult> Feed(string? cum, CancellationToken cancellationToken)
    {
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var cluster = string.IsNullOrWhiteSpace(cum) ? null : clusters.Values.FirstOrDefault(c => c.Slug == cum.Trim());
        if (!string.IsNullOrWhiteSpace(cum) && cluster is null)
        {
            return NotFound();
        }
        var month = FirstOfMonth(Today);
        var entries = await calendar.EventsAsync(month.AddMonths(-FeedMonthsBack), month.AddMonths(FeedMonthsAhead + 1).AddDays(-1), cluster?.Id, cancellationToken);
        var name = cluster is null ? "Lịch thi đua – khen thưởng" : $"Lịch {cluster.Name}";
        var root = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        return Content(CalendarFeed.Write(entries, name, root, Request.Host.Host), $"{CalendarFeed.MediaType}; charset=utf-8");
    }

    private DateOnly Today => clock.TodayInVietnam();

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
        && month.Year is >= 1900 and <= 2200 ? month : null;
}
