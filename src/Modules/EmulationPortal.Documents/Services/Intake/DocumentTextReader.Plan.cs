using System.Text.RegularExpressions;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Documents.Services.Intake;

/// <summary>What only a plan carries: its deadlines and the cluster's leading units; and the appendices any document may have.</summary>
public static partial class DocumentTextReader
{
    private const int MaxMilestoneText = 300;
    private const int MaxUnitName = 150;

    // One deadline a line: where a line gives a range or several dates, the one after "trước"/"đến"/"hạn"
    // is the deadline, otherwise the first.
    private static List<ReadField<MilestoneReading>> ReadMilestones(IReadOnlyList<Line> lines, int bodyStart, int bodyEnd)
    {
        var milestones = new List<ReadField<MilestoneReading>>();
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            var line = lines[i];
            if (CitesAnother(line))
            {
                continue;
            }

            // A citation wrapped after its number ("… Kết luận số 01-KL/TW" / "ngày 18/5/2021 …") dates the cited document.
            var wrappedCitation = i > bodyStart && CitesBefore(lines[i - 1].Folded, lines[i - 1].Folded.Length);
            var dates = Deadline().Matches(line.Folded)
                .Where(m => !CitesBefore(line.Folded, m.Index) && !(wrappedCitation && m.Index < 20))
                .ToList();
            var match = dates.FirstOrDefault(m => m.Groups["deadline"].Success) ?? dates.FirstOrDefault();
            if (match is null || DueOf(match) is not { } dueOf)
            {
                continue;
            }

            var (due, exact) = dueOf;
            var text = MilestoneText(line.Text, match);
            // "Thời gian: trước ngày 15/11/2025" says when; what is due is the line above it.
            if (text.Split(' ').Length < 3 && i > bodyStart && !IsUpperCase(lines[i - 1].Text))
            {
                text = MilestoneText(lines[i - 1].Text, null) + (text.Length > 0 ? $" ({text})" : "");
            }

            if (text.Length > 0)
            {
                milestones.Add(new(new MilestoneReading(due, text), SourceOf(lines, i, i), exact ? Confidence.High : Confidence.Medium));
            }
        }

        return milestones;
    }

    // "Kế hoạch số 14/KH-UBND ngày 2/1/2026" dates another document, not a deadline.
    private static bool CitesBefore(string folded, int dateIndex)
    {
        var from = Math.Max(0, dateIndex - 40);
        return NumberPattern().IsMatch(folded[from..dateIndex]);
    }

    private static (DateOnly Due, bool Exact)? DueOf(Match match)
    {
        static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

        var year = Number(match.Groups["year"]);
        var month = Number(match.Groups["month"]);
        if (year is < 1945 or > 2200 || month is < 1 or > 12)
        {
            return null;
        }

        if (!match.Groups["day"].Success)
        {
            return (new DateOnly(year, month, DateTime.DaysInMonth(year, month)), false);
        }

        var day = Number(match.Groups["day"]);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? (new DateOnly(year, month, day), true) : null;
    }

    // The line without its numbering and without the date phrase, which the milestone's date says.
    private static string MilestoneText(string text, Match? date)
    {
        if (date is not null)
        {
            text = text[..date.Index] + " " + text[(date.Index + date.Length)..];
        }

        text = Collapse(ItemNumbering().Replace(Collapse(text), "")).Trim(' ', ',', ';', ':', '.', '-', '–');
        text = Excerpt.Prefix(text, MaxMilestoneText).TrimEnd();
        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..];
    }

    // "Cụm trưởng: UBND xã Vĩnh Lộc", "Trưởng cụm năm 2026 là Hiệp hội …", "đơn vị Cụm trưởng (UBND xã …)",
    // "Khối phó là Sở Tư pháp": the first unit named for each role.
    private static List<ReadField<TermUnitReading>> ReadTermUnits(IReadOnlyList<Line> lines, int bodyStart, int bodyEnd)
    {
        var found = new Dictionary<string, ReadField<TermUnitReading>>();
        for (var i = bodyStart; i < bodyEnd && found.Count < 2; i++)
        {
            foreach (Match match in TermRole().Matches(lines[i].Folded))
            {
                var role = match.Groups["deputy"].Success ? "Deputy" : "Leader";
                var unitStart = match.Index + match.Length;
                var written = lines[i].Text[unitStart..];
                var end = UnitEnd().Match(VietnameseText.FoldLower(written));
                var unit = (end.Success ? written[..end.Index] : written).Trim();
                if (found.ContainsKey(role) || unit.Length is 0 or > MaxUnitName || !char.IsUpper(unit[0]))
                {
                    continue;
                }

                found[role] = new(new TermUnitReading(role, unit), SourceOf(lines, i, i), Confidence.Medium);
            }
        }

        return found.Values.OrderBy(f => f.Value.Role == "Deputy").ToList();
    }

    // "PHỤ LỤC I" on a line of its own, with its title on the same line or the next.
    private static List<ReadField<string>> ReadAppendices(IReadOnlyList<Line> lines, int bodyStart)
    {
        var appendices = new List<ReadField<string>>();
        for (var i = bodyStart; i < lines.Count; i++)
        {
            if (!AppendixHeading().IsMatch(lines[i].Folded) || !IsUpperCase(lines[i].Text[..Math.Min(7, lines[i].Text.Length)]))
            {
                continue;
            }

            var title = lines[i].Text;
            var last = i;
            if (AppendixHeading().Match(lines[i].Folded).Length == lines[i].Folded.Length && i + 1 < lines.Count && IsUpperCase(lines[i + 1].Text))
            {
                title = $"{title}: {lines[++last].Text}";
            }

            appendices.Add(new(title, SourceOf(lines, i, last), Confidence.Medium));
        }

        return appendices;
    }

    // "trước ngày 15/11/2025", "ngày 20 tháng 11 năm 2025", "Tháng 12/2025", "15/11/2025"; a date without its
    // year ("từ ngày 10/01") is no deadline.
    [GeneratedRegex(
        @"(?<![0-9a-z])(?:(?<deadline>truoc|den|han\s+chot|cham\s+nhat|han)\s+)?(?:(?:trong\s+|vao\s+)?ngay\s*)?(?:(?<day>[0-9]{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(?<month>[0-9]{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?<year>[0-9]{4})|thang\s*(?<month>[0-9]{1,2})\s*(?:/|\s+nam\s+)\s*(?<year>[0-9]{4}))(?![0-9])",
        RegexOptions.None, Timeout)]
    private static partial Regex Deadline();

    // "2.1.", "a)", "-", "+": the numbering or bullet of an item.
    [GeneratedRegex(@"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?|[a-zđ]\)|[-–+•*])\s+", RegexOptions.None, Timeout)]
    private static partial Regex ItemNumbering();

    [GeneratedRegex(
        @"(?<!pho\s)(?:(?<deputy>pho\s+truong\s+(?:cum|khoi)|(?:cum|khoi)\s+pho|pho\s+(?:cum|khoi))|(?:cum|khoi)\s+truong|truong\s+(?:cum|khoi))(?:\s+(?:nam\s+[0-9]{4}|thi\s+dua(?:\s+so\s+[0-9]+)?))*\s*(?::|\bla\b|\()\s*",
        RegexOptions.None, Timeout)]
    private static partial Regex TermRole();

    // A comma ends the unit unless a larger place follows it ("UBND xã Hạnh Lâm, huyện Thanh Chương").
    [GeneratedRegex(@"[;)(]|\.(?:\s|$)|,\s*(?!(?:huyen|tinh|xa|phuong|thanh\s+pho|thi\s+xa|quan|thi\s+tran)\b)", RegexOptions.None, Timeout)]
    private static partial Regex UnitEnd();

    [GeneratedRegex(@"^phu\s+luc(?:\s+(?:[ivx]{1,5}|[0-9]{1,2}))?\b\s*[.:]?", RegexOptions.None, Timeout)]
    private static partial Regex AppendixHeading();
}
