using System.Text;

namespace EmulationPortal.Core.Awards;

/// <summary>A row of a pasted list that became an award line, with the line of the pasted text it started on.</summary>
public sealed record AwardTableRow(int SourceLine, AwardEntry Entry);

/// <summary>A row of a pasted list that could not be read, with the reason in Vietnamese.</summary>
public sealed record AwardTableProblem(int SourceLine, string Text, string Reason);

public sealed record AwardTableReading(IReadOnlyList<AwardTableRow> Rows, IReadOnlyList<AwardTableProblem> Problems);

/// <summary>
/// Reads a list of awards copied from an Excel sheet or a Word table: one row a line, cells separated by
/// tabs, in the order kind, collective/individual, recipient, unit. Office staff paste what the decision's
/// annex holds, so the reader takes it as it comes: a header row, a row-number column, empty lines, merged
/// cells (which paste as empty: the kind or the collective/individual above carries on), non-breaking
/// spaces, Excel's quoted cells holding tabs or line breaks, and two-column rows whose kind says who it is for.
/// </summary>
public static class AwardTable
{
    /// <summary>The words column titles of award lists are made of ("STT", "Hình thức khen thưởng", "Họ và tên", "Đơn vị công tác"…).</summary>
    private static readonly HashSet<string> HeaderWords =
    [
        "stt", "tt", "so", "hinh", "thuc", "khen", "thuong", "danh", "hieu", "thi", "dua", "doi", "tuong", "ho", "va", "ten",
        "tap", "the", "ca", "nhan", "don", "vi", "noi", "cong", "tac", "chuc", "ghi", "chu", "cap",
    ];

    public static AwardTableReading Read(string? text)
    {
        var records = Records(text ?? "")
            .Select(r => (r.Line, Cells: r.Cells.Select(Clean).ToList()))
            .Where(r => r.Cells.Any(c => c.Length > 0))
            .Where(r => !IsHeader(r.Cells))
            .ToList();
        // A row-number column is known from the rows that fill it; in the others its cell pastes empty.
        var numbered = records.Any(r => r.Cells.Count >= 3 && IsRowNumber(r.Cells[0]));
        var rows = new List<AwardTableRow>();
        var problems = new List<AwardTableProblem>();
        string? kindAbove = null;
        RecipientType? typeAbove = null;
        foreach (var (line, all) in records)
        {
            var cells = numbered && all.Count > 1 ? all.Skip(1).ToList() : all;
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }
            var shown = string.Join(" | ", all.Where(c => c.Length > 0));
            if (cells.Count < 2)
            {
                problems.Add(new AwardTableProblem(line, shown, "chỉ có một ô: cần ít nhất hình thức khen thưởng và tên tập thể, cá nhân"));
                continue;
            }
            var kind = cells[0].Length > 0 ? cells[0] : kindAbove;
            if (kind is null)
            {
                problems.Add(new AwardTableProblem(line, shown, "thiếu hình thức khen thưởng"));
                continue;
            }
            string recipient;
            string? unit;
            RecipientType? type;
            if (ParseType(cells[1]) is { } written)
            {
                (type, recipient, unit) = (written, Cell(cells, 2), Cell(cells, 3));
            }
            else if (cells.Count <= 3 && TypeOfKind(kind) is { } implied)
            {
                (type, recipient, unit) = (implied, cells[1], Cell(cells, 2));
            }
            else if (cells[1].Length == 0 && cells.Count >= 3)
            {
                type = TypeOfKind(kind) ?? typeAbove;
                (recipient, unit) = (Cell(cells, 2), Cell(cells, 3));
            }
            else
            {
                problems.Add(new AwardTableProblem(line, shown, cells.Count == 2
                    ? "chỉ có hai ô mà hình thức khen thưởng không cho biết là tập thể hay cá nhân"
                    : $"không rõ là tập thể hay cá nhân: “{cells[1]}” (ghi “Tập thể”, “Cá nhân”, “TT” hoặc “CN”)"));
                continue;
            }
            if (type is null)
            {
                problems.Add(new AwardTableProblem(line, shown, "không rõ là tập thể hay cá nhân"));
                continue;
            }
            if (recipient.Length == 0)
            {
                problems.Add(new AwardTableProblem(line, shown, "thiếu tên tập thể, cá nhân"));
                continue;
            }
            (kindAbove, typeAbove) = (kind, type);
            rows.Add(new AwardTableRow(line, new AwardEntry(kind, type.Value, recipient, string.IsNullOrEmpty(unit) ? null : unit, null)));
        }
        return new AwardTableReading(rows, problems);
    }

    /// <summary>"Tập thể", "cá nhân", "TT", "CN" in any case or spacing; null for anything else.</summary>
    public static RecipientType? ParseType(string cell) => NameKey.Of(cell) switch
    {
        "tap the" or "tt" => RecipientType.Collective,
        "ca nhan" or "cn" => RecipientType.Individual,
        _ => null,
    };

    /// <summary>The kinds whose very name says who receives them (a flag goes to a collective, a soldier of emulation is a person).</summary>
    public static RecipientType? TypeOfKind(string kind)
    {
        var key = NameKey.Of(kind);
        if (key.StartsWith("tap the ", StringComparison.Ordinal) || key.StartsWith("co thi dua", StringComparison.Ordinal))
        {
            return RecipientType.Collective;
        }
        return key.StartsWith("chien si thi dua", StringComparison.Ordinal) || key.StartsWith("lao dong tien tien", StringComparison.Ordinal)
            ? RecipientType.Individual
            : null;
    }

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : "";

    private static bool IsRowNumber(string cell)
    {
        var digits = cell.TrimEnd('.', ')');
        return digits.Length is > 0 and <= 5 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>
    /// A row of column titles: two cells or more made only of the titles' words, and no "Tập thể"/"Cá nhân" in a
    /// cell past the first ("TT" heads a row-number column as often as it abbreviates "Tập thể").
    /// </summary>
    private static bool IsHeader(List<string> cells)
    {
        var keys = cells.Select(NameKey.Of).ToList();
        return keys.Count(k => k.Length > 0 && k.Split(' ').All(HeaderWords.Contains)) >= 2
            && !keys.Skip(1).Any(k => ParseType(k) is not null);
    }

    /// <summary>Spaces of every kind (no-break, thin, tabs a quoted cell held, line breaks) as one space; invisible characters gone.</summary>
    private static string Clean(string cell)
    {
        var text = new StringBuilder(cell.Length);
        var space = false;
        foreach (var c in cell)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = text.Length > 0;
                continue;
            }
            if (space)
            {
                text.Append(' ');
                space = false;
            }
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>
    /// Splits the text into rows of cells as Excel writes them to the clipboard: a cell that starts with a
    /// quote runs to the closing quote (doubled quotes inside), tabs and line breaks included. A quote that
    /// never closes before a tab or line end was the text's own and stays.
    /// </summary>
    private static IEnumerable<(int Line, List<string> Cells)> Records(string text)
    {
        var line = 1;
        var position = 0;
        while (position < text.Length)
        {
            var start = line;
            var cells = new List<string>();
            while (true)
            {
                var (cell, next, breaks) = ReadCell(text, position);
                cells.Add(cell);
                line += breaks;
                position = next;
                if (position >= text.Length)
                {
                    break;
                }
                var separator = text[position];
                position++;
                if (separator == '\t')
                {
                    continue;
                }
                if (separator == '\r' && position < text.Length && text[position] == '\n')
                {
                    position++;
                }
                line++;
                break;
            }
            yield return (start, cells);
        }
    }

    private static (string Cell, int Next, int LineBreaks) ReadCell(string text, int position)
    {
        if (position < text.Length && text[position] == '"' && Quoted(text, position) is { } quoted)
        {
            return quoted;
        }
        var end = position;
        while (end < text.Length && text[end] is not ('\t' or '\r' or '\n'))
        {
            end++;
        }
        return (text[position..end], end, 0);
    }

    private static (string Cell, int Next, int LineBreaks)? Quoted(string text, int position)
    {
        var cell = new StringBuilder();
        var breaks = 0;
        for (var i = position + 1; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                breaks += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) ? 1 : 0;
                cell.Append(text[i]);
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                cell.Append('"');
                i++;
                continue;
            }
            return i + 1 >= text.Length || text[i + 1] is '\t' or '\r' or '\n' ? (cell.ToString(), i + 1, breaks) : null;
        }
        return null;
    }
}
