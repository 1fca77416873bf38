using EmulationPortal.Core.Calendar;

namespace EmulationPortal.Consultations.Models;

/// <summary>
/// The days comments are taken: from <see cref="Opens"/> (the day the notice is posted) through <see cref="Closes"/>,
/// the last of <see cref="WorkingDays"/> working days counted from the day after it, as the Civil Code counts a period
/// in days (art. 147); weekends, public holidays and announced days off are skipped.
/// </summary>
public sealed record ConsultationPeriod(DateOnly Opens, DateOnly Closes, int WorkingDays)
{
    public static ConsultationPeriod Of(ConsultationData data, WorkingCalendar calendar) =>
        new(data.Opens, calendar.AddWorkingDays(data.Opens, Math.Max(1, data.WorkingDays)), data.WorkingDays);

    public bool HasOpened(DateOnly today) => today >= Opens;

    public bool HasClosed(DateOnly today) => today > Closes;

    public bool IsOpen(DateOnly today) => HasOpened(today) && !HasClosed(today);

    /// <summary>Working days still to come, today included; the whole period before it opens, none after it closes.</summary>
    public int WorkingDaysLeft(DateOnly today, WorkingCalendar calendar) =>
        HasClosed(today) ? 0 : today > Opens ? calendar.WorkingDaysBetween(today, Closes) : WorkingDays;

    /// <summary>The countdown as readers see it.</summary>
    public string Countdown(DateOnly today, WorkingCalendar calendar)
    {
        if (HasClosed(today))
        {
            return $"Đã hết thời hạn lấy ý kiến (ngày {Closes:dd/MM/yyyy}).";
        }
        if (!HasOpened(today))
        {
            return $"Bắt đầu nhận ý kiến từ ngày {Opens:dd/MM/yyyy}, trong {WorkingDays} ngày làm việc.";
        }
        var left = WorkingDaysLeft(today, calendar);
        return left <= 1 && today == Closes
            ? $"Hôm nay ({Closes:dd/MM/yyyy}) là ngày cuối cùng nhận ý kiến."
            : $"Còn {left} ngày làm việc (đến hết ngày {Closes:dd/MM/yyyy}).";
    }
}
