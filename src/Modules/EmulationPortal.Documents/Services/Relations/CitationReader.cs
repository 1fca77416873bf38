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
    // An award taken back ("thu hồi Bằng khen … tại Quyết định số …") leaves the rest of that decision standing.
    private static readonly string[] PartWords =
        ["mot phan", "mot so", "dieu ", "khoan ", "diem ", "dong ", "bang khen", "giay khen", "danh hieu", "huan chuong", "co thi dua"];

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
            : [];
        var all = fromEditor.Concat(fromAwards).ToList();
        var named = all.Where(c => c.Key is not null).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal);
        return all.Concat(fromText.Where(c => !named.Contains(c.Key!))).ToList();
    }

    /// <summary>The folded key of a number as written ("Nghị định số 98/2023/ND-CP" → "98/2023/nd-cp"), or null when it is none.</summary>
    public static string? Key(string? number) =>
        DocumentNumber.TryParse(StripLead(number), out var parsed) ? parsed.Folded : null;

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
            var clause = folded[clauseStart..index];
            var (verbAt, kind) = Verbs.Select(v => (At: clause.LastIndexOf(v.Words, StringComparison.Ordinal), v.Kind))
                .Where(v => v.At >= 0).OrderByDescending(v => v.At).DefaultIfEmpty((-1, RelationKind.Related)).First();
            if (kind == RelationKind.Revokes && PartWords.Any(w => clause.IndexOf(w, verbAt, StringComparison.Ordinal) >= 0))
            {
                kind = RelationKind.RevokesPartly;
            }
            yield return new Citation(kind, key, null, normal.Substring(index, length), CitationSource.Text);
        }
    }

    private static IEnumerable<(int Index, int Length, string Key)> Numbers(string text)
    {
        foreach (Match match in NumberPattern().Matches(text))
        {
            if (DocumentNumber.TryParse(match.Value, out var number))
            {
                yield return (match.Index, match.Length, number.Folded);
            }
        }
    }

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
}
