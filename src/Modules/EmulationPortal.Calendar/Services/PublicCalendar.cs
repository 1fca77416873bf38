using EmulationPortal.Calendar.Models;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Calendar.Services;

/// <summary>The events of published items whose types put them on the calendar (conferences, plans' deadlines).</summary>
public sealed class PublicCalendar(ContentStore contentStore, ContentTypeRegistry types, IClusterDirectory clusterDirectory, ContentLinks links,
    IWorkingCalendarProvider workingCalendar)
{
    // A plan issued late in a year sets deadlines early in the next; a year before the range is read for them.
    private const int YearsBefore = 1;

    /// <summary>Events from <paramref name="from"/> to <paramref name="to"/> (both included), by date, of one cluster or all.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> EventsAsync(DateOnly from, DateOnly to, string? clusterId, CancellationToken cancellationToken = default)
    {
        var scheduled = types.All.Where(t => t is IScheduledContent).ToList();
        if (scheduled.Count == 0 || to < from)
        {
            return [];
        }
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var workingDays = await workingCalendar.GetAsync(cancellationToken);
        var entries = new List<CalendarEntry>();
        for (var year = from.Year - YearsBefore; year <= to.Year; year++)
        {
            var items = await contentStore.ListAllPublishedAsync(new ContentQuery
            {
                Types = scheduled.Select(t => t.Name).ToList(), ClusterId = clusterId, Year = year,
            }, cancellationToken);
            foreach (var record in items)
            {
                var type = types.Get(record.Type);
                var events = ((IScheduledContent)type).Events(types.Deserialize(record.Type, record.Data), workingDays);
                entries.AddRange(events.Select((e, i) => (Event: e, Index: i))
                    .Where(e => e.Event.Date >= from && e.Event.Date <= to)
                    .Select(e => new CalendarEntry(
                        $"{record.Id}-{e.Index}",
                        e.Event.Date,
                        e.Event.Kind,
                        e.Event.What ?? record.Title,
                        e.Event.What is null ? null : record.Title,
                        e.Event.Location,
                        clusters.GetValueOrDefault(record.ClusterId),
                        links.Public(type, record.Slug))));
            }
        }
        return entries.DistinctBy(e => e.Uid).OrderBy(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
    }
}
