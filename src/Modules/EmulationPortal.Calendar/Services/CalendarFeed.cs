using EmulationPortal.Calendar.Models;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace EmulationPortal.Calendar.Services;

/// <summary>The events as an iCalendar feed (RFC 5545) that calendar programs subscribe to.</summary>
public static class CalendarFeed
{
    public const string MediaType = "text/calendar";

    public static string Write(IEnumerable<CalendarEntry> entries, string name, Uri siteRoot, string host)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//EmulationPortal//Lich thi dua khen thuong//VI" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
        calendar.AddProperty("METHOD", "PUBLISH");
        foreach (var entry in entries)
        {
            var description = string.Join("\n", new[] { entry.Kind, entry.Detail, entry.Cluster?.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));
            calendar.Events.Add(new CalendarEvent
            {
                // A whole day: a date without a time or zone is the same day wherever the reader is.
                DtStart = new CalDateTime(entry.Date),
                DtEnd = new CalDateTime(entry.Date.AddDays(1)),
                Summary = entry.Title,
                Description = description,
                Location = entry.Location,
                Url = entry.Url is null ? null : new Uri(siteRoot, entry.Url),
                Uid = $"{entry.Uid}@{host}",
                DtStamp = new CalDateTime(DateTime.UtcNow),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
