using System.Globalization;

namespace EmulationPortal.Core.Text;

/// <summary>
/// Shortens text that people read (teasers, snippets, file names, messages). A cut never falls inside
/// a grapheme: a surrogate pair, a letter and its combining marks, an emoji sequence stay whole.
/// </summary>
public static class Excerpt
{
    public const string Ellipsis = "…";

    /// <summary>
    /// The text when it has at most <paramref name="maxLength"/> characters; otherwise its start, cut at
    /// the last word boundary within the limit, followed by "…". A start that would keep less than half
    /// of the limit (one long word or link) is cut at a grapheme boundary instead.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = BoundaryAtOrBefore(text, maxLength);
        var wordEnd = char.IsWhiteSpace(text[cut]) ? cut : LastWhiteSpaceBefore(text, cut);
        var end = wordEnd >= maxLength / 2 ? wordEnd : cut;
        return text[..end].TrimEnd() + Ellipsis;
    }

    /// <summary>The longest start of the text of at most <paramref name="maxLength"/> characters, without "…".</summary>
    public static string Prefix(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..BoundaryAtOrBefore(text, maxLength)];

    /// <summary>The last position at or before <paramref name="index"/> between two graphemes.</summary>
    public static int BoundaryAtOrBefore(string text, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index >= text.Length)
        {
            return text.Length;
        }
        var position = 0;
        while (position < text.Length)
        {
            var next = position + StringInfo.GetNextTextElementLength(text.AsSpan(position));
            if (next > index)
            {
                return position;
            }
            position = next;
        }
        return position;
    }

    private static int LastWhiteSpaceBefore(string text, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
