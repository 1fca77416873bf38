using EmulationPortal.Core.Content;

namespace EmulationPortal.Core.Calendar;

/// <summary>
/// A dated event an item carries: a conference's day, a plan's deadline. <paramref name="What"/> says what happens
/// when it is not the item's title itself (a deadline's task).
/// </summary>
public sealed record ContentEvent(DateOnly Date, string Kind, string? What = null, string? Location = null);

/// <summary>A content type whose items put events on the public calendar.</summary>
public interface IScheduledContent
{
    /// <summary>The item's events; <paramref name="workingDays"/> places those counted in working days (a comment period's last day).</summary>
    IReadOnlyList<ContentEvent> Events(ContentData data, WorkingCalendar workingDays);
}
