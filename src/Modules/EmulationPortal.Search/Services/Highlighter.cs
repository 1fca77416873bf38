using System.Text;
using System.Text.Encodings.Web;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Marks the query's words in original Vietnamese text. The text is folded character for character
/// (NFC: each character keeps its place), words are found in the folded text and the marks are put
/// on the original, which is HTML-escaped everywhere else.
/// </summary>
public static class Highlighter
{
    private const string Ellipsis = "…";

    // Vietnamese letters stay letters in the HTML (and in the API's JSON); only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Mark(string text, IReadOnlySet<string> tokens)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        return Mark(composed, VietnameseText.FoldLower(composed), Sought(tokens), 0, composed.Length);
    }

    /// <summary>
    /// A window of about <paramref name="length"/> characters around the first of the words (the start of
    /// the text when none is there), cut at spaces, with the words marked.
    /// </summary>
    public static string Snippet(string text, IReadOnlySet<string> tokens, int length = 220)
    {
        text = text.Normalize(NormalizationForm.FormC);
        // Folding keeps each character's place: words are found in the folded text and marked in the original.
        var folded = VietnameseText.FoldLower(text);
        var sought = Sought(tokens);
        if (text.Length <= length)
        {
            return Mark(text, folded, sought, 0, text.Length);
        }
        var first = Words(folded, 0, folded.Length).FirstOrDefault(w => sought.Contains(folded.AsSpan(w)), ..0);
        var start = first.End.Value > 0 ? Math.Max(0, first.Start.Value - length / 3) : 0;
        var end = Math.Min(text.Length, start + length);
        start = start == 0 ? 0 : NextSpace(text, start);
        end = end == text.Length ? end : PreviousSpace(text, end, start);
        return (start > 0 ? Ellipsis : "") + Mark(text, folded, sought, start, end) + (end < text.Length ? Ellipsis : "");
    }

    // Looked up by span: a body's thousands of words are never each made a string.
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Sought(IReadOnlySet<string> tokens) =>
        new HashSet<string>(tokens, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Marks within [start, end) of a text already in NFC (positions are NFC positions).</summary>
    private static string Mark(string text, string folded, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> sought, int start, int end)
    {
        var html = new StringBuilder();
        var position = start;
        foreach (var (from, to) in Runs(text, Words(folded, start, end).Where(w => sought.Contains(folded.AsSpan(w)))))
        {
            html.Append(Encoder.Encode(text[position..from]));
            html.Append("<mark>").Append(Encoder.Encode(text[from..to])).Append("</mark>");
            position = to;
        }
        html.Append(Encoder.Encode(text[position..end]));
        return html.ToString();
    }

    /// <summary>Marked words next to each other (only spaces between) become one mark: "Đô Lương", not two.</summary>
    private static IEnumerable<(int From, int To)> Runs(string text, IEnumerable<Range> words)
    {
        (int From, int To)? run = null;
        foreach (var word in words)
        {
            var (wordStart, wordEnd) = (word.Start.Value, word.End.Value);
            if (run is { } current && text.AsSpan(current.To, wordStart - current.To).IsWhiteSpace())
            {
                run = (current.From, wordEnd);
                continue;
            }
            if (run is { } finished)
            {
                yield return finished;
            }
            run = (wordStart, wordEnd);
        }
        if (run is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The words standing whole within [start, end) of the folded text: runs of [a-z0-9], none cut by either bound.</summary>
    private static IEnumerable<Range> Words(string folded, int start, int end)
    {
        var i = start;
        // A word begun before the window is not in it.
        while (i > 0 && i < folded.Length && IsWordChar(folded[i - 1]) && IsWordChar(folded[i]))
        {
            i++;
        }
        var wordStart = -1;
        for (; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && IsWordChar(folded[i]);
            if (isWordChar && wordStart < 0)
            {
                if (i >= end)
                {
                    yield break;
                }
                wordStart = i;
            }
            else if (!isWordChar && wordStart >= 0)
            {
                if (i > end)
                {
                    yield break;
                }
                yield return wordStart..i;
                wordStart = -1;
            }
        }
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static int NextSpace(string text, int from)
    {
        var space = text.IndexOf(' ', from);
        return space < 0 || space - from > 30 ? Excerpt.BoundaryAtOrBefore(text, from) : space + 1;
    }

    private static int PreviousSpace(string text, int from, int floor)
    {
        var space = text.LastIndexOf(' ', from - 1, from - floor);
        return space <= floor || from - space > 30 ? Excerpt.BoundaryAtOrBefore(text, from) : space;
    }
}
