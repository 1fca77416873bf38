using EmulationPortal.Consultations.Models;
using EmulationPortal.Core.Calendar;

namespace EmulationPortal.UnitTests.Consultations;

/// <summary>The comment period counted in working days over real Vietnamese calendars.</summary>
public sealed class ConsultationPeriodTests
{
    private static ConsultationPeriod Period(string opens, int workingDays = 10, WorkingCalendar? calendar = null) =>
        ConsultationPeriod.Of(new ConsultationData { Opens = DateOnly.Parse(opens), WorkingDays = workingDays }, calendar ?? new WorkingCalendar());

    [Theory]
    // An ordinary fortnight: posted on a Monday, ten working days from Tuesday.
    [InlineData("2025-10-06", "2025-10-20")]
    // Posted on a Saturday: the count starts on Monday.
    [InlineData("2025-10-04", "2025-10-17")]
    // Tết 2026 (Mon 16 – Fri 20 February off): three days before it, seven after.
    [InlineData("2026-02-10", "2026-03-03")]
    // Giỗ Tổ 2026 falls on Sunday 26 April (Monday 27 off in lieu), then 30 April and 1 May.
    [InlineData("2026-04-20", "2026-05-07")]
    // National Day 2026: Wednesday 2 September and Thursday 3 September beside it.
    [InlineData("2026-08-28", "2026-09-15")]
    // Tết 2027 (Saturday 6 February): Thursday 4 to Monday 8 off, Tuesday 9 and Wednesday 10 in lieu of the weekend.
    [InlineData("2027-02-01", "2027-02-22")]
    // The new year 2025: 1 January off.
    [InlineData("2024-12-30", "2025-01-14")]
    public void The_last_day_skips_weekends_and_holidays(string opens, string closes) =>
        Assert.Equal(DateOnly.Parse(closes), Period(opens).Closes);

    [Fact]
    public void A_day_off_the_government_announces_moves_the_last_day()
    {
        var announced = new WorkingCalendar([new AnnouncedDay(new DateOnly(2025, 10, 13), true, "Nghỉ bù")]);
        Assert.Equal(new DateOnly(2025, 10, 21), Period("2025-10-06", calendar: announced).Closes);
    }

    [Fact]
    public void The_countdown_is_whole_before_the_count_starts_shrinks_by_working_days_and_ends_after_the_last_day()
    {
        var calendar = new WorkingCalendar();
        var period = Period("2026-02-10");

        Assert.Equal("Bắt đầu nhận ý kiến từ ngày 10/02/2026, trong 10 ngày làm việc.", period.Countdown(new DateOnly(2026, 2, 9), calendar));
        Assert.Equal("Còn 10 ngày làm việc (đến hết ngày 03/03/2026).", period.Countdown(new DateOnly(2026, 2, 10), calendar));
        Assert.Equal(10, period.WorkingDaysLeft(new DateOnly(2026, 2, 11), calendar));
        // Through Tết nothing is used up.
        Assert.Equal(7, period.WorkingDaysLeft(new DateOnly(2026, 2, 14), calendar));
        Assert.Equal(7, period.WorkingDaysLeft(new DateOnly(2026, 2, 22), calendar));
        Assert.Equal("Hôm nay (03/03/2026) là ngày cuối cùng nhận ý kiến.", period.Countdown(new DateOnly(2026, 3, 3), calendar));
        Assert.True(period.IsOpen(new DateOnly(2026, 3, 3)));
        Assert.False(period.IsOpen(new DateOnly(2026, 3, 4)));
        Assert.Equal("Đã hết thời hạn lấy ý kiến (ngày 03/03/2026).", period.Countdown(new DateOnly(2026, 3, 4), calendar));
    }
}
