using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationPortal.Core.Text;

/// <summary>
/// Reading and writing dates the way Vietnamese documents do: always day first.
/// </summary>
public static partial class VietnameseDate
{
    /// <summary>
    /// Finds the first valid date in <paramref name="text"/>: "ngày 21 tháng 01 năm 2026" (with
    /// or without diacritics, any case, e.g. after a place name), "21/01/2026", "21-1-2026",
    /// "21.01.2026" or ISO "2026-01-21".
    /// </summary>
    /// <remarks>
    /// Numeric dates are always read day first; the year must have four digits. Impossible dates
    /// such as 31/02/2025 are skipped rather than adjusted.
    /// </remarks>
    public static bool TryParse(string? text, out DateOnly date)
    {
        // Folding lets one pattern cover "ngày", "Ngày", "NGÀY" and "ngay".
        var folded = VietnameseText.FoldLower(text);
        for (var match = DatePattern().Match(folded); match.Success; match = match.NextMatch())
        {
            if (TryCreateDate(match, out date))
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>Short form, e.g. "21/01/2026".</summary>
    public static string Format(DateOnly date) =>
        date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Long form used in document headers, e.g. "ngày 21 tháng 01 năm 2026".
    /// </summary>
    /// <remarks>
    /// Follows Decree 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 get a leading zero
    /// (so "1" cannot later be turned into "11" or "12"); other months do not: "ngày 05 tháng 3 năm 2025".
    /// </remarks>
    public static string FormatLong(DateOnly date)
    {
        var month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"ngày {date.Day:00} tháng {month} năm {date.Year:0000}");
    }

    /// <summary>
    /// Place and date line of a document header, e.g. "Thanh Hóa, ngày 15 tháng 12 năm 2025".
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="place"/> is null, empty or blank.</exception>
    public static string FormatWithPlace(string place, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        return $"{place.Trim()}, {FormatLong(date)}";
    }

    private static bool TryCreateDate(Match match, out DateOnly date)
    {
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);

        var isValid = year >= DateOnly.MinValue.Year
            && month is >= 1 and <= 12
            && day >= 1
            && day <= DateTime.DaysInMonth(year, month);
        date = isValid ? new DateOnly(year, month, day) : default;
        return isValid;
    }

    // Runs on folded, lower-cased text. [0-9] rather than \d so that only ASCII digits match.
    // The digit look-arounds stop "121/01/2026" from being read as 21/01/2026 and
    // "21/01/20261" as 21/01/2026.
    [GeneratedRegex(
        """
        \bngay \s+ (?<day>[0-9]{1,2}) \s+ thang \s+ (?<month>[0-9]{1,2}) \s+ nam \s+ (?<year>[0-9]{4}) (?![0-9])
        | (?<![0-9]) (?<year>[0-9]{4}) - (?<month>[0-9]{2}) - (?<day>[0-9]{2}) (?![0-9])
        | (?<![0-9]) (?<day>[0-9]{1,2}) (?<separator>[/.-]) (?<month>[0-9]{1,2}) \k<separator> (?<year>[0-9]{4}) (?![0-9])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
