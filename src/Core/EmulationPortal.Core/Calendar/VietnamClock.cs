namespace EmulationPortal.Core.Calendar;

public static class VietnamClock
{
    /// <summary>Today in Vietnam, which has kept UTC+7 without daylight saving since 1975.</summary>
    public static DateOnly TodayInVietnam(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
}
