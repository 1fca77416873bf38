using EmulationPortal.Core.Calendar;

namespace EmulationPortal.UnitTests.Core.Calendar;

public class LunarCalendarTests
{
    // Mùng 1 Tết as Vietnam's calendars print it.
    [Theory]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    public void Tet_falls_on_the_day_vietnams_calendars_give(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1), LunarCalendar.FromSolar(DateOnly.Parse(expected)));
    }

    [Fact]
    public void Vietnams_time_zone_puts_tet_2007_a_day_before_chinas()
    {
        // The new moon came shortly before midnight in Hanoi on 17 February 2007, after it in Beijing.
        Assert.Equal((2006, 12), (LunarCalendar.FromSolar(new DateOnly(2007, 2, 16)).Year, LunarCalendar.FromSolar(new DateOnly(2007, 2, 16)).Month));
        Assert.Equal(new LunarDate(2007, 1, 1), LunarCalendar.FromSolar(new DateOnly(2007, 2, 17)));
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void The_hung_kings_day_is_the_tenth_of_the_third_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.ToSolar(new LunarDate(year, 3, 10)));

    [Fact]
    public void A_year_with_a_leap_month_has_it_once_and_months_after_it_move()
    {
        // 2025 had a leap 6th month: Trung thu (15/8) came on 6 October, not in September.
        Assert.Equal(new DateOnly(2025, 10, 6), LunarCalendar.ToSolar(new LunarDate(2025, 8, 15)));
        Assert.Equal(new DateOnly(2025, 7, 25), LunarCalendar.ToSolar(new LunarDate(2025, 6, 1, Leap: true)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(2025, 5, 1, Leap: true)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(2024, 6, 1, Leap: true)));
        Assert.Equal(new LunarDate(2025, 6, 1, Leap: true), LunarCalendar.FromSolar(new DateOnly(2025, 7, 25)));
    }

    [Fact]
    public void Every_day_from_1950_to_2060_goes_to_the_lunar_calendar_and_back()
    {
        LunarDate? previous = null;
        for (var day = new DateOnly(1950, 1, 1); day <= new DateOnly(2060, 12, 31); day = day.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(day);
            Assert.Equal(day, LunarCalendar.ToSolar(lunar));
            Assert.InRange(lunar.Day, 1, 30);
            if (previous is { } before && lunar.Day != 1)
            {
                Assert.Equal(before with { Day = before.Day + 1 }, lunar);
            }
            previous = lunar;
        }
    }

    [Fact]
    public void A_thirtieth_of_a_short_month_does_not_exist()
    {
        // The 12th month of Giáp Thìn (2024) had 29 days: Tết 2025 followed its 29th.
        Assert.Equal(new DateOnly(2025, 1, 28), LunarCalendar.ToSolar(new LunarDate(2024, 12, 29)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(2024, 12, 30)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(2024, 13, 1)));
    }
}
