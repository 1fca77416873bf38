using EmulationPortal.Core.Calendar;

namespace EmulationPortal.UnitTests.Core.Calendar;

public class WorkingCalendarTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text);

    private static IEnumerable<DateOnly> Range(string from, string to)
    {
        for (var day = D(from); day <= D(to); day = day.AddDays(1))
        {
            yield return day;
        }
    }

    // The offices' Tết breaks as the government announced them: weekends, the five days and the days in lieu.
    [Theory]
    [InlineData("2024-02-08", "2024-02-14")]
    [InlineData("2025-01-25", "2025-02-02")]
    [InlineData("2026-02-14", "2026-02-22")]
    public void Tet_breaks_run_as_announced(string first, string last)
    {
        var calendar = new WorkingCalendar();
        Assert.All(Range(first, last), day => Assert.False(calendar.IsWorkingDay(day), $"{day} should be off"));
        Assert.True(calendar.IsWorkingDay(D(first).AddDays(-1)) || D(first).AddDays(-1).DayOfWeek == DayOfWeek.Sunday);
        Assert.True(calendar.IsWorkingDay(D(last).AddDays(1)));
    }

    [Fact]
    public void The_national_day_takes_the_day_that_joins_it_to_a_weekend()
    {
        var calendar = new WorkingCalendar();
        // 2024: Monday 2 and Tuesday 3 September; 2025: Monday 1 and Tuesday 2.
        Assert.False(calendar.IsWorkingDay(D("2024-09-03")));
        Assert.True(calendar.IsWorkingDay(D("2024-09-04")));
        Assert.False(calendar.IsWorkingDay(D("2025-09-01")));
        Assert.True(calendar.IsWorkingDay(D("2025-09-03")));
    }

    [Fact]
    public void A_holiday_on_a_sunday_gives_the_monday_off()
    {
        var calendar = new WorkingCalendar();
        // Giỗ Tổ 2026 is Sunday 26 April.
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương", calendar.DaysOff(2026)[D("2026-04-27")].Name);
        Assert.False(calendar.IsWorkingDay(D("2026-04-27")));
        Assert.True(calendar.IsWorkingDay(D("2026-04-28")));
    }

    [Fact]
    public void Ten_working_days_skip_weekends_and_tet()
    {
        var calendar = new WorkingCalendar();
        Assert.Equal(D("2025-12-15"), calendar.AddWorkingDays(D("2025-12-01"), 10));
        // Opened on Tuesday 10 February 2026: three days before Tết, the rest after it.
        Assert.Equal(D("2026-03-03"), calendar.AddWorkingDays(D("2026-02-10"), 10));
        Assert.Equal(10, calendar.WorkingDaysBetween(D("2026-02-11"), D("2026-03-03")));
        Assert.Equal(0, calendar.WorkingDaysBetween(D("2026-03-04"), D("2026-03-03")));
    }

    [Fact]
    public void An_announced_swap_moves_a_day_off_and_a_working_day()
    {
        // A bridge day off on Friday 2 May 2025, worked back on Saturday 26 April.
        var calendar = new WorkingCalendar([
            new AnnouncedDay(D("2025-05-02"), IsDayOff: true, "Nghỉ hoán đổi"),
            new AnnouncedDay(D("2025-04-26"), IsDayOff: false, "Làm bù cho ngày 02/5"),
        ]);
        Assert.False(calendar.IsWorkingDay(D("2025-05-02")));
        Assert.True(calendar.IsWorkingDay(D("2025-04-26")));
        Assert.True(new WorkingCalendar().IsWorkingDay(D("2025-05-02")));
        // Saturday 26, Monday 28, Tuesday 29 April, then past the holidays and the bridge to Monday 5 May.
        Assert.Equal(D("2025-05-05"), calendar.AddWorkingDays(D("2025-04-25"), 4));
    }

    [Fact]
    public void The_laws_holidays_of_a_year_have_their_names()
    {
        var holidays = WorkingCalendar.PublicHolidays(2027);
        Assert.Equal(11, holidays.Count);
        Assert.Equal(D("2027-04-16"), holidays.Single(h => h.Name == "Giỗ Tổ Hùng Vương").Date);
        Assert.Equal(Range("2027-02-04", "2027-02-08"), holidays.Where(h => h.Name == "Tết Nguyên đán").Select(h => h.Date));
    }
}
