namespace EmulationPortal.Core.Calendar;

/// <summary>A day of the Vietnamese lunar calendar; <see cref="Leap"/> marks the day of a leap month (tháng nhuận).</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool Leap = false);

/// <summary>
/// The Vietnamese lunar calendar: new moons and the sun's longitude computed astronomically (Hồ Ngọc Đức's method,
/// after Jean Meeus) at Vietnam's time zone, UTC+7. The zone matters: a new moon just before midnight in Hanoi is
/// just after it in Beijing, so Tết 2007 fell on 17 February in Vietnam and on the 18th in China.
/// </summary>
public static class LunarCalendar
{
    private const double TimeZone = 7.0;

    // The Julian day number of 0001-01-01 in the proleptic Gregorian calendar, so DateOnly.DayNumber converts.
    private const int JulianDayOfDayNumberZero = 1721426;

    // The Julian date of the new moon of 1900-01-01, which the count of lunations starts from.
    private const double NewMoonEpoch = 2415021.076998695;

    private const double SynodicMonth = 29.530588853;

    public static LunarDate FromSolar(DateOnly date)
    {
        var dayNumber = JulianDay(date);
        // The mean lunation is a first guess: a true new moon can come a day either side of it.
        var k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth) + 1;
        while (NewMoonDay(k) > dayNumber)
        {
            k--;
        }
        while (NewMoonDay(k + 1) <= dayNumber)
        {
            k++;
        }
        var monthStart = NewMoonDay(k);

        var a11 = LunarMonth11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }

        var day = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = LeapMonthOffset(a11);
            if (diff >= leapMonthDiff)
            {
                month = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day, leap);
    }

    /// <summary>The solar date of a lunar one, or null when it does not exist (a leap month the year lacks).</summary>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30)
        {
            return null;
        }

        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarMonth11(lunar.Year - 1);
            b11 = LunarMonth11(lunar.Year);
        }
        else
        {
            a11 = LunarMonth11(lunar.Year);
            b11 = LunarMonth11(lunar.Year + 1);
        }

        var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.Leap && lunar.Month != leapMonth)
            {
                return null;
            }

            if (lunar.Leap || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.Leap)
        {
            return null;
        }

        var monthStart = NewMoonDay(k + offset);
        var nextMonthStart = NewMoonDay(k + offset + 1);
        // A short month has no 30th.
        return monthStart + lunar.Day - 1 >= nextMonthStart ? null : Solar(monthStart + lunar.Day - 1);
    }

    /// <summary>Mùng 1 Tết of the lunar year that starts in <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1))!.Value;

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly Solar(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>The Julian date of the k-th new moon after 1900-01-01.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>The day (Julian day number, in Vietnam) of the k-th new moon.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24);

    /// <summary>The sun's longitude at a Julian date, in radians from 0 to 2π.</summary>
    private static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }

    /// <summary>Which of the twelve 30° arcs the sun is in at the start of a day in Vietnam (the major solar terms).</summary>
    private static int SunArc(int julianDay) => (int)Math.Floor(SunLongitude(julianDay - 0.5 - TimeZone / 24) / Math.PI * 6);

    /// <summary>The first day of the 11th lunar month (the one holding the winter solstice) that begins in a solar year.</summary>
    private static int LunarMonth11(int year)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunArc(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>Which month after the 11th is the leap month: the first without a major solar term.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - NewMoonEpoch) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunArc(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunArc(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
