using System.Text.RegularExpressions;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Text;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Relations;

/// <summary>
/// Reads the relations a document names: its "Căn cứ" lines, its summary and body ("thay thế Quyết định số …",
/// "sửa đổi, bổ sung …"), the relations its editor added and the award decisions it revokes.
/// </summary>
public static partial class CitationReader
{
    // Folded words that say what a sentence does to the document it names next; the last one before the number wins.
    private static readonly (string Words, RelationKind Kind)[] Verbs =
    [
        ("can cu", RelationKind.Cites),
        ("de nghi", RelationKind.Answers),
        ("to trinh", RelationKind.Answers),
        ("sua doi", RelationKind.Amends),
        ("bo sung", RelationKind.Amends),
        ("thay the", RelationKind.Replaces),
        ("bai bo", RelationKind.Revokes),
        ("thu hoi", RelationKind.Revokes),
        ("huy bo", RelationKind.Revokes),
        ("het hieu luc", RelationKind.Revokes),
        ("huong dan", RelationKind.Implements),
        ("trien khai", RelationKind.Implements),
        ("thuc hien", RelationKind.Implements),
        ("cu the hoa", RelationKind.Implements),
    ];

    // Words between a revoking verb and the number that make the revocation partial ("bãi bỏ Điều 5 của …").
    // An award taken back ("thu hồi Bằng khen … tại Quyết định số …", "hủy bỏ … đối với 01 cá nhân tại …") leaves the
    // rest of that decision standing.
    private static readonly string[] PartWords =
        ["mot phan", "mot so", "doi voi", "dieu ", "khoan ", "diem ", "dong ", "bang khen", "giay khen", "danh hieu", "huan chuong", "co thi dua"];

    // When the text names one number twice, the stronger relation stands.
    private static readonly RelationKind[] Strength =
    [
        RelationKind.Replaces, RelationKind.Revokes, RelationKind.RevokesPartly, RelationKind.Amends, RelationKind.Implements,
        RelationKind.Answers, RelationKind.Cites, RelationKind.Related,
    ];

    /// <summary>Every relation of the document, each other document once, the editor's word first.</summary>
    public static IReadOnlyList<Citation> Read(OfficialDocumentData data)
    {
        var own = Key(data.Number);
        var dismissed = (data.DismissedCitations ?? []).ToHashSet(StringComparer.Ordinal);
        var fromText = data.LegalBases.SelectMany(line => InLine(line, LegalBasisKind(line)))
            .Concat(InText(data.Summary)).Concat(InText(MarkdownText.Plain(data.Body)))
            .Where(c => c.Key != own && !dismissed.Contains(c.Key!))
            .GroupBy(c => c.Key)
            .Select(g => g.OrderBy(c => Array.IndexOf(Strength, c.Kind)).First());
        var fromEditor = (data.Relations ?? []).Select(r => new Citation(r.Kind, Key(r.Number),
            string.IsNullOrWhiteSpace(r.Document) ? null : r.Document.Trim(), r.Number?.Trim() ?? "", CitationSource.Editor));
        var fromAwards = data is AwardDecisionData decision
            ? decision.Revokes.Select(r => new Citation(r.Lines.Count == 0 ? RelationKind.Revokes : RelationKind.RevokesPartly, null, r.Decision, "", CitationSource.Awards))
                .ToList()
            : [];
        // The lines of awards taken back say precisely what a revoking decision ends; its text ("hủy bỏ quyết định khen
        // thưởng … tại Quyết định số …") names the same decision and would otherwise read as revoking all of it.
        if (fromAwards.Count > 0 && fromAwards.All(c => c.Kind == RelationKind.RevokesPartly))
        {
            fromText = fromText.Select(c => c.Kind == RelationKind.Revokes ? c with { Kind = RelationKind.RevokesPartly } : c);
        }
        var all = fromEditor.Concat(fromAwards).ToList();
        var named = all.Where(c => c.Key is not null).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal);
        return all.Concat(fromText.Where(c => !named.Contains(c.Key!))).ToList();
    }

    /// <summary>
    /// The folded key of a number as written ("Nghị định số 98/2023/ND-CP" → "98/2023/nd-cp"), or of a law named by its
    /// title and date ("Luật Thi đua, khen thưởng ngày 15/6/2022"), or null when it is neither.
    /// </summary>
    public static string? Key(string? number) =>
        DocumentNumber.TryParse(StripLead(number), out var parsed) ? parsed.Folded
        : number is null ? null
        : NamedLawPattern().Match(number) is { Success: true } named ? NamedLawKey(named) : null;

    /// <summary>
    /// The key citations by title and date name a law, code or ordinance by, from its own title and date: laws are
    /// cited as "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022" far more often than by their number.
    /// </summary>
    public static string? TitleKey(string title, string? kind, DateOnly? issuedOn)
    {
        if (issuedOn is not { } date || date == default)
        {
            return null;
        }
        var name = LawTitle().Match(title.Trim());
        if (!name.Success && !string.IsNullOrWhiteSpace(kind) && LawTitle().Match($"{kind.Trim()} {title.Trim()}") is { Success: true } withKind)
        {
            name = withKind;
        }
        return name.Success ? NameKey(name.Groups["kind"].Value, name.Groups["name"].Value, date) : null;
    }

    /// <summary>A line cut into plain text and the document numbers in it (with their keys), in order.</summary>
    public static IReadOnlyList<(string Text, string? Key)> Segments(string line)
    {
        var segments = new List<(string, string?)>();
        var at = 0;
        foreach (var (index, length, key) in Numbers(line))
        {
            if (index > at)
            {
                segments.Add((line[at..index], null));
            }
            segments.Add((line.Substring(index, length), key));
            at = index + length;
        }
        if (at < line.Length)
        {
            segments.Add((line[at..], null));
        }
        return segments;
    }

    private static RelationKind LegalBasisKind(string line)
    {
        var folded = VietnameseText.FoldLower(line).TrimStart();
        return folded.StartsWith("theo de nghi", StringComparison.Ordinal) || folded.StartsWith("xet de nghi", StringComparison.Ordinal)
            || folded.Contains("to trinh", StringComparison.Ordinal) ? RelationKind.Answers : RelationKind.Cites;
    }

    private static IEnumerable<Citation> InLine(string line, RelationKind kind) =>
        Numbers(line).Select(n => new Citation(kind, n.Key, null, line.Substring(n.Index, n.Length), CitationSource.Text));

    /// <summary>Numbers in running text, each with what its clause does to it.</summary>
    private static IEnumerable<Citation> InText(string text)
    {
        var normal = text.Normalize(System.Text.NormalizationForm.FormC);
        // Folding keeps each character's place, so positions found in the folded text hold in the original.
        var folded = VietnameseText.FoldLower(normal);
        foreach (var (index, length, key) in Numbers(normal))
        {
            var clauseStart = folded.LastIndexOfAny(['.', ';', '\n', ':'], Math.Max(0, index - 1)) + 1;
            // "theo Hướng dẫn số 03/HD-…" names the kind of the document cited: it does not say this one guides it.
            var clause = KindName().Replace(folded[clauseStart..index], "");
            var (verbAt, kind) = Verbs.Select(v => (At: clause.LastIndexOf(v.Words, StringComparison.Ordinal), v.Kind))
                .Where(v => v.At >= 0).OrderByDescending(v => v.At).DefaultIfEmpty((-1, RelationKind.Related)).First();
            if (kind == RelationKind.Revokes && PartWords.Any(w => clause.IndexOf(w, verbAt, StringComparison.Ordinal) >= 0))
            {
                kind = RelationKind.RevokesPartly;
            }
            yield return new Citation(kind, key, null, normal.Substring(index, length), CitationSource.Text);
        }
    }

    /// <summary>Every document the text names, by number or, for a law named without one, by its title and date; in order.</summary>
    private static IEnumerable<(int Index, int Length, string Key)> Numbers(string text)
    {
        var numbers = new List<(int Index, int Length, string Key)>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            if (DocumentNumber.TryParse(match.Value, out var number))
            {
                numbers.Add((match.Index, match.Length, number.Folded));
            }
        }
        var named = NamedLawPattern().Matches(text)
            .Where(m => !numbers.Any(n => n.Index < m.Index + m.Length && m.Index < n.Index + n.Length))
            .Select(m => (m.Index, m.Length, NamedLawKey(m)))
            .Where(n => n.Item3 is not null)
            .Select(n => (n.Index, n.Length, n.Item3!));
        return numbers.Concat(named).OrderBy(n => n.Index);
    }

    private static string? NamedLawKey(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? NameKey(match.Groups["kind"].Value, match.Groups["name"].Value, new DateOnly(year, month, day))
            : null;
    }

    // Letters and digits only, so "Thi đua, khen thưởng" and "Thi đua - Khen thưởng" name one law; the '@' keeps these
    // keys apart from numbers, which always hold a '/'.
    private static string NameKey(string kind, string name, DateOnly date) =>
        string.Join(' ', NotWord().Split(VietnameseText.FoldLower($"{kind} {name}")).Where(w => w.Length > 0)) + "@" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? StripLead(string? number)
    {
        if (number is null)
        {
            return null;
        }
        var match = NumberPattern().Match(number);
        return match.Success ? match.Value : number;
    }

    // A number inside running text: "98/2023/NĐ-CP", "1197/QĐ-UBND", "06/2022/QH15", "41-CT/TW"; dates ("15/6/2022")
    // never match, as the part after the slash must start with a letter.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-])(?:\d+-\p{L}+/\p{L}[\p{L}\d]*(?:[-–][\p{L}\d]+)*|\d+(?:/\d{4})?/\p{L}[\p{L}\d]*(?:[-–][\p{L}\d]+)*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Bộ luật Lao động ngày 20/11/2019": the name runs to the
    // first date, within one clause (';' and line ends part the laws of one "Căn cứ" line).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<kind>Bộ luật|Luật|Pháp lệnh)\s+(?<name>[^;:.\n]{2,160}?),?\s+ngày\s+(?<d>\d{1,2})\s*(?:tháng|/|-|\.)\s*(?<m>\d{1,2})\s*(?:năm|/|-|\.)\s*(?<y>\d{4})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedLawPattern();

    // A law's own title: "Luật Thi đua, khen thưởng", perhaps with its year or number after it, which citations leave out.
    [GeneratedRegex(@"^(?<kind>Bộ luật|Luật|Pháp lệnh)\s+(?<name>.+?)(?:\s+(?:số\s+\S+|năm\s+\d{4}|\d{4}))*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LawTitle();

    [GeneratedRegex(@"huong dan(?:\s+so)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindName();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}
