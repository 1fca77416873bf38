using System.Globalization;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Awards;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Documents.Models;

/// <summary>A revocation as the editor types it: the revoked decision by number or id, and its lines ("2, 5", "3-7"; empty: all).</summary>
public sealed partial class RevocationRow
{
    /// <summary>Ranges longer than this are a typing slip, not a list of awards.</summary>
    private const int LongestRange = 1000;

    public string? Decision { get; set; }
    public string? Lines { get; set; }

    /// <summary>The published decision the text names, once found.</summary>
    [BindNever]
    public AwardDecisionReference? Found { get; set; }

    /// <summary>A revocation saved before, of a decision not published now: kept as it was saved.</summary>
    [BindNever]
    public string? KeptDecisionId { get; set; }

    /// <summary>The decision saved as revoked: the one found, or the one kept.</summary>
    public string? DecisionId => Found?.Id ?? KeptDecisionId;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Decision) && string.IsNullOrWhiteSpace(Lines);

    /// <summary>The line numbers typed, in order without repeats; an error in Vietnamese when one is not a number or range.</summary>
    public static (IReadOnlyList<int> Lines, string? Error) ParseLines(string? text)
    {
        var lines = new SortedSet<int>();
        // "3 - 7" is one range, not three words.
        foreach (var part in DashWithSpaces().Replace(text ?? "", "-").Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !ends.All(IsNumber))
            {
                return ([], $"“{part}” không phải số thứ tự dòng (ghi ví dụ: 2, 5 hoặc 3-7)");
            }
            var (first, last) = (Number(ends[0]), Number(ends[^1]));
            if (first < 1)
            {
                return ([], "số thứ tự dòng phải từ 1 trở lên");
            }
            if (last < first || last - first >= LongestRange)
            {
                return ([], $"khoảng dòng “{part}” không hợp lệ");
            }
            for (var line = first; line <= last; line++)
            {
                lines.Add(line);
            }
        }
        return (lines.ToList(), null);
    }

    [GeneratedRegex(@"\s*[-–]\s*")]
    private static partial Regex DashWithSpaces();

    private static bool IsNumber(string text) => text.Length is > 0 and <= 6 && text.All(char.IsAsciiDigit);

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
