using Dapper;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Calendar.Services;

/// <summary>
/// The only writer of <c>calendar_announced_days</c>, and the working calendar built from it: kept until an
/// administrator or a recipe changes a day, which every node hears through the change feed.
/// </summary>
public sealed class AnnouncedDays : IWorkingCalendarProvider
{
    private const string DayOffKind = "DayOff";
    private const string WorkingDayKind = "WorkingDay";

    private readonly IDbConnectionFactory _connections;
    private readonly IChangeFeed _changes;
    private volatile WorkingCalendar? _calendar;

    public AnnouncedDays(IDbConnectionFactory connections, IChangeFeed changes)
    {
        _connections = connections;
        _changes = changes;
        changes.Subscribe(ChangeTopics.Settings, () => _calendar = null);
    }

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default) =>
        _calendar ??= new WorkingCalendar(await ListAsync(cancellationToken));

    public async Task<IReadOnlyList<AnnouncedDay>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        return await ListAsync(session);
    }

    public static async Task<IReadOnlyList<AnnouncedDay>> ListAsync(DataSession session)
    {
        var rows = await session.Connection.QueryAsync<(string Day, string Kind, string Name)>(
            "SELECT day AS Day, kind AS Kind, name AS Name FROM calendar_announced_days ORDER BY day", transaction: session.Transaction);
        return rows.Select(r => new AnnouncedDay(DateOnly.ParseExact(r.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            r.Kind == DayOffKind, r.Name)).ToList();
    }

    /// <summary>Adds the day, or replaces what was announced for that date.</summary>
    public async Task SetAsync(AnnouncedDay day, CancellationToken cancellationToken = default)
    {
        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        await SetAsync(session, _changes, day);
        await session.CommitAsync(cancellationToken);
    }

    public static async Task SetAsync(DataSession session, IChangeFeed changes, AnnouncedDay day)
    {
        await session.Connection.ExecuteAsync("DELETE FROM calendar_announced_days WHERE day = @Day", new { Day = Iso(day.Date) }, session.Transaction);
        await session.Connection.ExecuteAsync("INSERT INTO calendar_announced_days (day, kind, name) VALUES (@Day, @Kind, @Name)",
            new { Day = Iso(day.Date), Kind = day.IsDayOff ? DayOffKind : WorkingDayKind, day.Name }, session.Transaction);
        changes.PublishAfterCommit(session, ChangeTopics.Settings);
    }

    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        var removed = await session.Connection.ExecuteAsync("DELETE FROM calendar_announced_days WHERE day = @Day", new { Day = Iso(date) }, session.Transaction);
        _changes.PublishAfterCommit(session, ChangeTopics.Settings);
        await session.CommitAsync(cancellationToken);
        return removed > 0;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
