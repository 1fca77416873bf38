using EmulationPortal.Core.Content;

namespace EmulationPortal.Calendar.Models;

/// <summary>One event on the public calendar: what happens, when, where, whose, and the page that tells of it (none for a holiday).</summary>
public sealed record CalendarEntry(
    string Uid,
    DateOnly Date,
    string Kind,
    string Title,
    string? Detail,
    string? Location,
    ClusterSummary? Cluster,
    string? Url);

public sealed record CalendarDay(DateOnly Date, IReadOnlyList<CalendarEntry> Entries);

public sealed record CalendarPage(
    DateOnly Month,
    IReadOnlyList<CalendarDay> Days,
    IReadOnlyList<ClusterSummary> Clusters,
    ClusterSummary? Cluster,
    IReadOnlyList<DateOnly> Months);
