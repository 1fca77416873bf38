using System.Text;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EmulationPortal.Core.Content;

public enum FindingSeverity
{
    /// <summary>Readers lose something (a photo's description, the outline of the text, where a link goes).</summary>
    Warning,

    /// <summary>A matter of judgement the editor may decide otherwise; never blocks a submission.</summary>
    Suggestion,
}

/// <summary>
/// One thing the checks before review found. <see cref="Code"/> stays the same across releases (tests and people
/// refer to it); <see cref="Field"/> is the form field as the editor posts it ("title", "summary", "body",
/// "photos[0].caption"); <see cref="Where"/> names the heading, link, paragraph or photo; <see cref="Line"/> is the
/// body's line, from 1.
/// </summary>
public sealed record ReviewFinding(string Code, FindingSeverity Severity, string Field, string Message, string? Where = null, int? Line = null);

/// <summary>
/// Checks an item before review the way an accessibility checker would, over what every type exposes (title, summary,
/// Markdown body, photos): alt texts, the outline of headings, link texts, text in capitals, table headers, the
/// lengths of title and summary. The body is read as the renderer's own syntax tree, so a heading, link or table is
/// judged exactly as readers will get it.
/// </summary>
public static partial class ReviewChecks
{
    /// <summary>Below this a title cannot say both what happened and who did it ("Hội nghị" is 8 characters).</summary>
    public const int TitleMin = 10;

    /// <summary>
    /// A news card and a search result on a 390 px phone show about 40 characters a line: beyond 150 the title takes
    /// more than four lines and pushes its excerpt and photo off the first screen.
    /// </summary>
    public const int TitleMax = 150;

    /// <summary>
    /// A document's summary (trích yếu) is one sentence shown whole under its number in lists and search results; at
    /// 300 characters it already fills eight lines of a phone's documents list.
    /// </summary>
    public const int SummaryMax = 300;

    /// <summary>A paragraph or heading of at least this many words, most of them in capitals, reads as shouting.</summary>
    private const int ShoutedWords = 6;

    /// <summary>Words that alone say nothing of a link's destination, folded: "Xem chi tiết tại đây", "click here", "link".</summary>
    private static readonly HashSet<string> VagueWords = new(StringComparer.Ordinal)
    {
        "tai", "day", "o", "xem", "them", "chi", "tiet", "bam", "nhan", "vao", "lien", "ket", "duong", "dan", "nua",
        "click", "here", "link", "read", "more", "see", "this",
    };

    public static IReadOnlyList<ReviewFinding> Of(IContentType type, string title, ContentData data) => Of(title, type.Parts(data));

    public static IReadOnlyList<ReviewFinding> Of(string title, ContentParts parts)
    {
        var findings = new List<ReviewFinding>();
        CheckTitle(title.Trim(), findings);
        CheckSummary(parts.Summary, findings);
        for (var i = 0; i < parts.Photos.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(parts.Photos[i].Caption))
            {
                findings.Add(new ReviewFinding("photo-caption-missing", FindingSeverity.Warning, $"photos[{i}].caption",
                    $"Ảnh {i + 1} chưa có chú thích. Chú thích cũng là lời mô tả ảnh cho người khiếm thị: hãy ghi ai, việc gì, ở đâu.",
                    $"Ảnh {i + 1}"));
            }
        }
        findings.AddRange(CheckBody(parts.Body).OrderBy(f => f.Line));
        return findings;
    }

    private static void CheckTitle(string title, List<ReviewFinding> findings)
    {
        if (title.Length is > 0 and < TitleMin)
        {
            findings.Add(new ReviewFinding("title-short", FindingSeverity.Warning, "title",
                $"Tiêu đề chỉ có {title.Length} ký tự, quá ngắn để người đọc biết bài nói về việc gì khi thấy trong danh sách hay kết quả tìm kiếm. "
                + $"Hãy viết ít nhất {TitleMin} ký tự, nêu rõ sự việc và cụm, khối thi đua.", title));
        }
        else if (title.Length > TitleMax)
        {
            findings.Add(new ReviewFinding("title-long", FindingSeverity.Suggestion, "title",
                $"Tiêu đề dài {title.Length} ký tự: trên điện thoại, thẻ tin và kết quả tìm kiếm hiện khoảng 40 ký tự một dòng, nên tiêu đề quá "
                + $"{TitleMax} ký tự chiếm hơn bốn dòng. Hãy rút gọn, đưa chi tiết vào phần nội dung.", Excerpt(title)));
        }
    }

    private static void CheckSummary(string? summary, List<ReviewFinding> findings)
    {
        if (summary is null)
        {
            return;
        }
        summary = summary.Trim();
        if (summary.Length == 0)
        {
            findings.Add(new ReviewFinding("summary-missing", FindingSeverity.Warning, "summary",
                "Chưa có trích yếu (tóm tắt): danh sách văn bản và kết quả tìm kiếm hiện phần này dưới tiêu đề. Hãy viết một câu nêu nội dung chính."));
        }
        else if (summary.Length > SummaryMax)
        {
            findings.Add(new ReviewFinding("summary-long", FindingSeverity.Suggestion, "summary",
                $"Trích yếu dài {summary.Length} ký tự (nên dưới {SummaryMax}): danh sách hiện trọn phần này, trên điện thoại sẽ chiếm cả màn hình. "
                + "Hãy giữ một câu nêu nội dung chính, phần còn lại đưa vào nội dung.", Excerpt(summary)));
        }
    }

    private static IEnumerable<ReviewFinding> CheckBody(string body)
    {
        var document = MarkdownRenderer.Parse(body);
        // The page's title is its only level-1 heading, so the body's outline starts below it.
        var previousLevel = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = TextOf(heading.Inline).Trim();
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                yield return new ReviewFinding("heading-level-1", FindingSeverity.Warning, "body",
                    $"Tiêu đề mục “{Excerpt(text)}” dùng cấp 1 (một dấu #), ngang với tiêu đề của cả bài. Hãy dùng ## cho mục lớn, ### cho mục nhỏ.",
                    text, line);
            }
            else if (heading.Level > previousLevel + 1)
            {
                yield return new ReviewFinding("heading-skipped-level", FindingSeverity.Warning, "body",
                    $"Tiêu đề mục “{Excerpt(text)}” nhảy từ cấp {previousLevel} xuống cấp {heading.Level} ({new string('#', heading.Level)}), bỏ qua cấp giữa. "
                    + $"Người dùng trình đọc màn hình dựa vào thứ bậc này để đi qua bài: hãy dùng {new string('#', previousLevel + 1)}.",
                    text, line);
            }
            previousLevel = heading.Level;
            if (IsShouted(text))
            {
                yield return Shouted("Tiêu đề mục", text, line);
            }
        }
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = TextOf(paragraph.Inline).Trim();
            if (IsShouted(text))
            {
                yield return Shouted("Đoạn", text, paragraph.Line + 1);
            }
        }
        foreach (var finding in document.Descendants<LinkInline>().Select(CheckLink).Concat(document.Descendants<AutolinkInline>().Select(CheckAutolink)))
        {
            if (finding is not null)
            {
                yield return finding;
            }
        }
        var number = 0;
        foreach (var table in document.Descendants<Table>())
        {
            number++;
            var header = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader);
            if (header is null || header.OfType<TableCell>().All(cell => CellText(cell).Length == 0))
            {
                yield return new ReviewFinding("table-header-empty", FindingSeverity.Warning, "body",
                    $"Bảng thứ {number} có dòng tiêu đề trống: người đọc, nhất là khi bảng xếp thành khối trên điện thoại hay qua trình đọc màn hình, "
                    + "không biết mỗi cột là gì. Hãy ghi tên cột vào dòng đầu của bảng, ví dụ | STT | Đơn vị | Điểm |.",
                    $"Bảng {number}", table.Line + 1);
            }
        }
    }

    private static ReviewFinding Shouted(string what, string text, int line) =>
        new("all-caps", FindingSeverity.Warning, "body",
            $"{what} “{Excerpt(text)}” viết toàn chữ in hoa: khó đọc, và trình đọc màn hình có thể đánh vần từng chữ. "
            + "Hãy viết chữ thường có dấu như câu bình thường; cần nhấn mạnh thì dùng **chữ đậm**.",
            Excerpt(text), line);

    private static ReviewFinding? CheckLink(LinkInline link)
    {
        var text = TextOf(link).Trim();
        var line = link.Line + 1;
        if (link.IsImage)
        {
            return text.Length > 0 ? null : new ReviewFinding("image-alt-missing", FindingSeverity.Warning, "body",
                $"Hình chèn trong nội dung (“{FileName(link.Url)}”) không có lời mô tả cho người khiếm thị. "
                + "Hãy ghi mô tả trong ngoặc vuông: ![Toàn cảnh hội nghị](địa chỉ ảnh); ảnh của bài nên đưa vào phần Ảnh, kèm chú thích.",
                FileName(link.Url), line);
        }
        if (link.Url?.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) == true)
        {
            return null;
        }
        return LinkText(text, link.Url, line);
    }

    private static ReviewFinding? CheckAutolink(AutolinkInline link) =>
        link.IsEmail ? null : LinkText(link.Url, link.Url, link.Line + 1);

    private static ReviewFinding? LinkText(string text, string? url, int line)
    {
        if (text.Length == 0)
        {
            return new ReviewFinding("link-text-vague", FindingSeverity.Warning, "body",
                $"Một liên kết (tới “{Excerpt(url ?? "")}”) không có chữ nào, người đọc không thấy và không biết nó dẫn tới đâu. "
                + "Hãy viết tên trang hay văn bản trong ngoặc vuông: [Kế hoạch số 12/KH-CTĐ](địa chỉ).", "", line);
        }
        if (LooksLikeAddress(text, url))
        {
            return new ReviewFinding("link-text-url", FindingSeverity.Warning, "body",
                $"Liên kết lấy nguyên địa chỉ “{Excerpt(text)}” làm chữ: khó đọc, và trình đọc màn hình đọc từng ký tự. "
                + "Hãy viết tên trang hay văn bản: [Kế hoạch số 12/KH-CTĐ](địa chỉ).", text, line);
        }
        var words = Words().Matches(VietnameseText.FoldLower(text)).Select(m => m.Value).ToList();
        if (words.Count > 0 && words.All(VagueWords.Contains))
        {
            return new ReviewFinding("link-text-vague", FindingSeverity.Warning, "body",
                $"Liên kết “{Excerpt(text)}” không cho biết nó dẫn tới đâu; trình đọc màn hình thường đọc riêng danh sách các liên kết. "
                + "Hãy để chữ của liên kết nói tên trang hay văn bản, ví dụ “Xem [Kế hoạch số 12/KH-CTĐ](địa chỉ)”.", text, line);
        }
        return null;
    }

    private static bool LooksLikeAddress(string text, string? url) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, url?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a text is written in capitals: at least <see cref="ShoutedWords"/> words, three in four of them
    /// upper-case. Numbers, document numbers ("68/2024/QĐ-UBND"), list numerals ("II.") and abbreviations (UBND, HĐND,
    /// QĐ-UBND, GD&amp;ĐT: letters that make no Vietnamese syllable) are no words, so a sentence naming UBND is not
    /// shouting and neither is a two-word type title like "QUYẾT ĐỊNH".
    /// </summary>
    public static bool IsShouted(string text)
    {
        var words = 0;
        var upper = 0;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim().Trim(TokenEdges);
            if (token.Length == 0 || ListNumeral().IsMatch(raw) || token.Any(char.IsDigit) || token.Contains('/') || !token.Any(char.IsLetter))
            {
                continue;
            }
            var capitals = token.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (capitals && IsAbbreviation(token))
            {
                continue;
            }
            words++;
            if (capitals)
            {
                upper++;
            }
        }
        return words >= ShoutedWords && upper * 4 >= words * 3;
    }

    private static readonly char[] TokenEdges = ".,;:!?()[]{}\"'“”‘’«»…–—-*_".ToCharArray();

    /// <summary>Letters that make no Vietnamese syllable (UBND, HĐND, QĐ, GD&amp;ĐT): an abbreviation, not a word.</summary>
    private static bool IsAbbreviation(string token) =>
        Letters().Matches(VietnameseText.FoldLower(token)).All(run => !Syllable().IsMatch(run.Value));

    /// <summary>A Vietnamese syllable, folded: an optional initial consonant, one to three vowels, an optional final.</summary>
    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$")]
    private static partial Regex Syllable();

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    /// <summary>The numerals and letters that number sections and items: "II.", "IV)", "a)".</summary>
    [GeneratedRegex(@"^([IVXLC]+|[a-zđ])[.)]$")]
    private static partial Regex ListNumeral();

    private static string CellText(TableCell cell) =>
        string.Concat(cell.OfType<LeafBlock>().Select(block => TextOf(block.Inline))).Trim();

    private static string TextOf(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(text, inlines);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }
                break;
        }
    }

    private static string FileName(string? url)
    {
        var path = (url ?? "").Split('?', '#')[0].TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : Text.Excerpt.Prefix(text, 60) + "…";
}

/// <summary>
/// A submission refused because the item's cluster takes items for review only without warnings; the message is
/// Vietnamese and <see cref="Findings"/> lists what is left to fix.
/// </summary>
public sealed class ContentChecksException(IReadOnlyList<ReviewFinding> findings) : ContentWorkflowException(
    $"Chưa gửi duyệt: cụm, khối thi đua này chỉ nhận bài khi không còn cảnh báo, và bài còn {findings.Count} cảnh báo (xem mục “Kiểm tra trước khi gửi duyệt”). "
    + "Hãy sửa rồi gửi lại; lưu bản nháp thì vẫn được.")
{
    public IReadOnlyList<ReviewFinding> Findings { get; } = findings;
}
