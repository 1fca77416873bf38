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
        return Mark(composed, tokens, 0, composed.Length);
    }

    /// <summary>
    /// A window of about <paramref name="length"/> characters around the first of the words (the start of
    /// the text when none is there), cut at spaces, with the words marked.
    /// </summary>
    public static string Snippet(string text, IReadOnlySet<string> tokens, int length = 220)
    {
        text = text.Normalize(NormalizationForm.FormC);
        if (text.Length <= length)
        {
            return Mark(text, tokens, 0, text.Length);
        }
        var first = Words(text).FirstOrDefault(w => tokens.Contains(w.Folded));
        var start = first.Folded is null ? 0 : Math.Max(0, first.Start - length / 3);
        var end = Math.Min(text.Length, start + length);
        start = start == 0 ? 0 : NextSpace(text, start);
        end = end == text.Length ? end : PreviousSpace(text, end, start);
        return (start > 0 ? Ellipsis : "") + Mark(text, tokens, start, end) + (end < text.Length ? Ellipsis : "");
    }

    /// <summary>Marks within [start, end) of a text already in NFC (positions are NFC positions).</summary>
    private static string Mark(string text, IReadOnlySet<string> tokens, int start, int end)
    {
        var html = new StringBuilder();
        var position = start;
        foreach (var (from, to) in Runs(text, Words(text).Where(w => w.Start >= start && w.End <= end && tokens.Contains(w.Folded))))
        {
            html.Append(Encoder.Encode(text[position..from]));
            html.Append("<mark>").Append(Encoder.Encode(text[from..to])).Append("</mark>");
            position = to;
        }
        html.Append(Encoder.Encode(text[position..end]));
        return html.ToString();
    }

    /// <summary>Marked words next to each other (only spaces between) become one mark: "Đô Lương", not two.</summary>
    private static IEnumerable<(int From, int To)> Runs(string text, IEnumerable<Word> words)
    {
        (int From, int To)? run = null;
        foreach (var word in words)
        {
            if (run is { } current && string.IsNullOrWhiteSpace(text[current.To..word.Start]))
            {
                run = (current.From, word.End);
                continue;
            }
            if (run is { } finished)
            {
                yield return finished;
            }
            run = (word.Start, word.End);
        }
        if (run is { } last)
        {
            yield return last;
        }
    }

    private readonly record struct Word(int Start, int End, string Folded);

    private static IEnumerable<Word> Words(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && folded[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return new Word(start, i, folded[start..i]);
                start = -1;
            }
        }
    }

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
