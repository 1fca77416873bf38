namespace EmulationPortal.Core.Calendar;

/// <summary>A day off with its name: a public holiday, a day in lieu of one, or one the government announced.</summary>
public sealed record DayOff(DateOnly Date, string Name);

/// <summary>
/// A day the year's announcement changes: a day off beyond the law's (a bridge day) or a weekend day worked in
/// exchange (làm bù). Administrators enter them from the government's notice for the year.
/// </summary>
public sealed record AnnouncedDay(DateOnly Date, bool IsDayOff, string Name);

/// <summary>
/// Working days of Vietnam's state offices: Monday to Friday, less the public holidays of the Labour Code 2019
/// (art. 112: 1 January; Tết, five days; the Hùng Kings' day, 10th of the 3rd lunar month; 30 April; 1 May;
/// 2 September and a day next to it), a day in lieu for each holiday on a weekend (art. 112.3), and the days the
/// year's announcement adds or takes away.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, AnnouncedDay> _announced;
    private readonly Dictionary<int, IReadOnlyDictionary<DateOnly, DayOff>> _years = new();
    private readonly Lock _lock = new();

    public WorkingCalendar(IEnumerable<AnnouncedDay>? announced = null)
    {
        _announced = (announced ?? []).GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Last());
    }

    /// <summary>The law's holidays of a year, each on its own date, before days in lieu.</summary>
    public static IReadOnlyList<DayOff> PublicHolidays(int year)
    {
        var tet = LunarCalendar.NewYear(year);
        var hungKings = LunarCalendar.ToSolar(new LunarDate(year, 3, 10))!.Value;
        var nationalDay = new DateOnly(year, 9, 2);
        // The Prime Minister picks the day next to 2 September each year; this is the one that joins it to a weekend
        // where there is a choice (1 September in 2022 and 2025, the 3rd in 2024). An announcement can move it.
        var besideNationalDay = nationalDay.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday or DayOfWeek.Saturday
            ? nationalDay.AddDays(-1)
            : nationalDay.AddDays(1);
        var holidays = new List<DayOff> { new(new DateOnly(year, 1, 1), "Tết Dương lịch") };
        // Five days of Tết: as announced in most years, the last two days of the old year and the first three of the new.
        holidays.AddRange(Enumerable.Range(-2, 5).Select(offset => new DayOff(tet.AddDays(offset), "Tết Nguyên đán")));
        holidays.Add(new DayOff(hungKings, "Giỗ Tổ Hùng Vương"));
        holidays.Add(new DayOff(new DateOnly(year, 4, 30), "Ngày Chiến thắng"));
        holidays.Add(new DayOff(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động"));
        holidays.AddRange(new[] { nationalDay, besideNationalDay }.Order().Select(d => new DayOff(d, "Quốc khánh")));
        return holidays.OrderBy(h => h.Date).ToList();
    }

    /// <summary>Every day off of a year that is not a Saturday or Sunday: holidays, days in lieu, announced days off.</summary>
    public IReadOnlyDictionary<DateOnly, DayOff> DaysOff(int year)
    {
        lock (_lock)
        {
            if (!_years.TryGetValue(year, out var days))
            {
                days = Compute(year);
                _years[year] = days;
            }
            return days;
        }
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_announced.TryGetValue(date, out var announced))
        {
            return !announced.IsDayOff;
        }
        // No holiday falls late in December, so a day in lieu never crosses into the next year.
        return !IsWeekend(date) && !DaysOff(date.Year).ContainsKey(date);
    }

    /// <summary>
    /// The last of <paramref name="count"/> working days counted from the day after <paramref name="start"/>:
    /// a period "of at least ten working days" opened on a day then holds ten whole working days.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>The working days from <paramref name="from"/> to <paramref name="to"/>, both included; zero when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private IReadOnlyDictionary<DateOnly, DayOff> Compute(int year)
    {
        var days = new Dictionary<DateOnly, DayOff>();
        var holidays = PublicHolidays(year);
        foreach (var holiday in holidays)
        {
            days.TryAdd(holiday.Date, holiday);
        }
        // Each holiday on a weekend gives the next working day off, after the holidays of the same run.
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var inLieu = holiday.Date.AddDays(1);
            while (IsWeekend(inLieu) || days.ContainsKey(inLieu))
            {
                inLieu = inLieu.AddDays(1);
            }
            days[inLieu] = new DayOff(inLieu, "Nghỉ bù " + holiday.Name);
        }
        foreach (var announced in _announced.Values.Where(d => d.Date.Year == year && d.IsDayOff))
        {
            days[announced.Date] = new DayOff(announced.Date, announced.Name);
        }
        return days.Where(d => !IsWeekend(d.Key)).ToDictionary();
    }
}

/// <summary>The working calendar with the days announced for each year, as the administrators entered them.</summary>
public interface IWorkingCalendarProvider
{
    Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default);
}
