using System.Text;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Documents.Services.Intake;

/// <summary>
/// An award decision's list: under "DANH SÁCH … ĐƯỢC TẶNG …" (the list attached to it) or under an "Điều 1"
/// ending in ":", as numbered lines, tab-separated table rows (DOCX) or columns spaced apart (a PDF's layout).
/// Each row is put into the shape of a pasted list (kind, collective/individual, recipient, unit) and read by
/// <see cref="AwardTable"/>, so the editor's paste and the intake agree on every row.
/// </summary>
public static partial class DocumentTextReader
{
    private sealed record ListRow(int SourceLine, string Cells);

    private static (List<ReadField<AwardEntry>> Awards, List<AwardTableProblem> Problems) ReadAwards(IReadOnlyList<Line> lines, string[] original)
    {
        var article = ArticleKind(lines);
        var rows = new List<ListRow>();
        string? kind = null;
        RecipientType? type = null;
        var inList = false;
        for (var n = 0; n < original.Length; n++)
        {
            var written = WithoutControlsButTabs(original[n]).Trim();
            var folded = VietnameseText.FoldLower(written);
            if (folded.StartsWith("danh sach", StringComparison.Ordinal) && !ListHeading().IsMatch(folded) && n + 1 < original.Length)
            {
                // "DANH SÁCH TẬP THỂ, CÁ NHÂN" / "ĐƯỢC TẶNG BẰNG KHEN …" on two lines.
                var joined = Collapse($"{written} {WithoutControlsButTabs(original[n + 1])}");
                if (ListHeading().IsMatch(VietnameseText.FoldLower(joined)))
                {
                    (written, folded) = (joined, VietnameseText.FoldLower(joined));
                    n++;
                }
            }

            if (ListHeading().Match(folded) is { Success: true } heading)
            {
                // The heading's kind is in capitals; the article writes the same kind in its proper case.
                var headingKind = Collapse(written[(heading.Index + heading.Length)..]).Trim(' ', ':', '.');
                // "… được khen thưởng năm 2025" names no kind: the list's parts do ("I. CỜ THI ĐUA …").
                kind = !AwardKindStart().IsMatch(VietnameseText.FoldLower(headingKind)) ? ""
                    : article is not null && FirstWords(headingKind) == FirstWords(article) ? article
                    : ProperCase(headingKind, lines);
                type = TypeNamed(heading.Value);
                inList = true;
                continue;
            }

            if (inList && KindPart().Match(folded) is { Success: true } part && IsUpperCase(written))
            {
                kind = ProperCase(Collapse(written[part.Groups["kind"].Index..]).Trim(' ', ':', '.'), lines);
                type = null;
                continue;
            }

            if (ArticleStart().Match(folded) is { Success: true } articleStart)
            {
                // "Điều 1. Tặng … cho các tập thể sau:" opens a list; any other article closes one.
                inList = article is not null && articleStart.Groups["one"].Success && folded.TrimEnd().EndsWith(':');
                kind = inList ? article : kind;
                type = inList ? TypeNamed(folded) : type;
                continue;
            }

            if (!inList || written.Length == 0)
            {
                continue;
            }

            if (RecipientsStart().IsMatch(folded))
            {
                inList = false;
                continue;
            }

            if (SectionType().Match(folded) is { Success: true } section)
            {
                type = section.Groups["collective"].Success ? RecipientType.Collective : RecipientType.Individual;
                continue;
            }

            if (ListRowCells(written, kind!, type) is { } cells)
            {
                rows.Add(new ListRow(n + 1, cells));
            }
        }

        var table = AwardTable.Read(string.Join("\n", rows.Select(r => r.Cells)));
        var awards = table.Rows
            .Select(row => new ReadField<AwardEntry>(row.Entry, SourceOfOriginal(original, rows[row.SourceLine - 1].SourceLine), Confidence.Medium))
            .ToList();
        var problems = table.Problems.Select(p => p with { SourceLine = rows[p.SourceLine - 1].SourceLine }).ToList();
        return (awards, problems);
    }

    private static TextSource SourceOfOriginal(string[] original, int number) => new(number, number, original[number - 1].Trim());

    // A numbered row ("1. Ông Nguyễn Văn An, Chủ tịch UBND xã Hạnh Lâm") or a table row ("1\tÔng …\tChủ tịch …"),
    // as kind, type, recipient and unit separated by tabs; null for anything else (a note, a total, column titles).
    private static string? ListRowCells(string written, string kind, RecipientType? type)
    {
        var cells = ColumnGap().Split(written).Select(c => Collapse(c)).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0)
        {
            return null;
        }

        var numbered = RowNumber().Match(cells[0]);
        if (!numbered.Success)
        {
            return null;
        }

        cells[0] = cells[0][numbered.Length..].Trim();
        cells.RemoveAll(c => c.Length == 0);
        var writtenType = cells.Select(AwardTable.ParseType).FirstOrDefault(t => t is not null);
        cells.RemoveAll(c => AwardTable.ParseType(c) is not null);
        if (cells.Count == 0)
        {
            return null;
        }

        var recipient = cells[0];
        var unit = string.Join(", ", cells.Skip(1));
        if (cells.Count == 1 && recipient.IndexOf(',') is > 0 and var comma)
        {
            // "Ông Nguyễn Văn An, Chủ tịch UBND xã Hạnh Lâm": the person, then where they work.
            (recipient, unit) = (recipient[..comma].Trim(), recipient[(comma + 1)..].Trim());
        }

        var rowType = writtenType ?? (PersonTitle().IsMatch(VietnameseText.FoldLower(recipient)) ? RecipientType.Individual : type);
        var typeCell = rowType switch
        {
            RecipientType.Collective => "Tập thể",
            RecipientType.Individual => "Cá nhân",
            _ => "",
        };
        // A numbered line ends with ";" or "." as a sentence would; the name does not.
        return string.Join('\t', kind, typeCell, recipient.TrimEnd(';', '.', ','), unit.TrimEnd(';', '.', ','));
    }

    // "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho …" in Điều 1, in its proper case.
    private static string? ArticleKind(IReadOnlyList<Line> lines)
    {
        foreach (var line in lines)
        {
            var match = ArticleGrant().Match(line.Folded);
            if (match.Success)
            {
                return line.Text.Substring(match.Groups["kind"].Index, match.Groups["kind"].Length).Trim();
            }
        }

        return null;
    }

    private static string FirstWords(string text) => string.Join(' ', VietnameseText.FoldLower(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));

    private static RecipientType? TypeNamed(string folded)
    {
        var collective = folded.Contains("tap the", StringComparison.Ordinal);
        var individual = folded.Contains("ca nhan", StringComparison.Ordinal);
        return collective == individual ? null : collective ? RecipientType.Collective : RecipientType.Individual;
    }

    // The kind as the decision's text writes it ("Cờ thi đua của Ủy ban nhân dân tỉnh"), else in sentence case.
    private static string ProperCase(string capitals, IReadOnlyList<Line> lines)
    {
        var folded = VietnameseText.FoldLower(capitals);
        foreach (var line in lines)
        {
            var at = line.Folded.IndexOf(folded, StringComparison.Ordinal);
            if (at >= 0 && !IsUpperCase(line.Text.Substring(at, folded.Length)))
            {
                var written = line.Text.Substring(at, folded.Length);
                return char.ToUpperInvariant(written[0]) + written[1..];
            }
        }

        return SentenceCase(capitals);
    }

    private static string SentenceCase(string capitals) =>
        capitals.Length == 0 ? "" : char.ToUpperInvariant(capitals[0]) + capitals[1..].ToLowerInvariant();

    private static string WithoutControlsButTabs(string line)
    {
        var text = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            text.Append(c == '\t' || !(char.IsControl(c) || char.IsSurrogate(c)) ? c : ' ');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^danh\s+sach\b.{0,200}?\b(?:duoc|de\s+nghi)\s+(?:tang(?:\s+thuong)?|khen\s+thuong|cong\s+nhan)\s*", RegexOptions.None, Timeout)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^(?:co\s+thi\s+dua|bang\s+khen|giay\s+khen|chien\s+si\s+thi\s+dua|tap\s+the\s+lao\s+dong|lao\s+dong\s+tien\s+tien|huan\s+chuong|huy\s+chuong|danh\s+hieu|ky\s+niem\s+chuong)", RegexOptions.None, Timeout)]
    private static partial Regex AwardKindStart();

    // "I. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH", "A. BẰNG KHEN …": a part of the list for one kind.
    [GeneratedRegex(@"^(?:[ivx]{1,4}|[a-d])\s*[.)\-–]\s*(?<kind>(?:co\s+thi\s+dua|bang\s+khen|giay\s+khen|chien\s+si\s+thi\s+dua|tap\s+the\s+lao\s+dong|lao\s+dong\s+tien\s+tien|huan\s+chuong|huy\s+chuong|danh\s+hieu|ky\s+niem\s+chuong).*)$", RegexOptions.None, Timeout)]
    private static partial Regex KindPart();

    [GeneratedRegex(@"^dieu\s+(?:(?<one>1)|[0-9]+)\s*[.:]", RegexOptions.None, Timeout)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^dieu\s+1\s*[.:]\s*(?:tang|cong\s+nhan|tang\s+thuong)\s+(?:danh\s+hieu\s+)?(?<kind>.{3,200}?)\s+(?:cho|doi\s+voi)\s", RegexOptions.None, Timeout)]
    private static partial Regex ArticleGrant();

    // "I. TẬP THỂ", "B. Cá nhân", "2. Cá nhân:", "Tập thể:": the part of a list that holds one kind of recipient.
    [GeneratedRegex(@"^(?:(?:[ivx]{1,4}|[a-d]|[0-9]{1,2})\s*[.)\-–]\s*)?(?:(?<collective>(?:cac\s+)?tap\s+the)|(?:cac\s+)?ca\s+nhan)\s*(?:\(.*\))?\s*:?\s*$", RegexOptions.None, Timeout)]
    private static partial Regex SectionType();

    // Cells of a table row: tabs (DOCX), or two spaces or more (a PDF's layout).
    [GeneratedRegex(@"\t|\s{2,}", RegexOptions.None, Timeout)]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^[0-9]{1,4}\s*[.)]?(?:\s+|$)", RegexOptions.None, Timeout)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:ong|ba|dong\s+chi|d/c)\b", RegexOptions.None, Timeout)]
    private static partial Regex PersonTitle();
}
