using System.Text;

namespace EmulationPortal.Core.Text;

/// <summary>
/// Text as a run of folded, lower-case words between single spaces (" hoi nghi tong ket 585 qd ubnd "), and a
/// query as LIKE patterns over it: the admin's search over drafts, which runs in SQL on both engines, where
/// neither engine can fold Vietnamese itself.
/// </summary>
public static class FoldedWords
{
    /// <summary>More words than this in a query are left out: each one is a scan of the text.</summary>
    public const int MaxQueryWords = 8;

    /// <summary>The words of every part, folded, each followed by a space and the whole led by one.</summary>
    public static string Of(IEnumerable<string?> parts)
    {
        var text = new StringBuilder(" ");
        foreach (var part in parts)
        {
            foreach (var word in Split(part))
            {
                text.Append(word).Append(' ');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// One LIKE pattern a word of the query, all to be matched. A word matches the start of a word, so "tong" finds
    /// "tổng kết"; a number matches only a whole number, so "585" does not find "1585/QĐ-UBND" or "5850".
    /// "585/qd-ubnd" becomes the words 585, qd, ubnd, which the number "585/QĐ-UBND" holds side by side.
    /// </summary>
    public static IReadOnlyList<string> Patterns(string? query) =>
        Split(query).Distinct(StringComparer.Ordinal).Take(MaxQueryWords)
            .Select(word => word.All(char.IsAsciiDigit) ? $"% {word} %" : $"% {word}%")
            .ToList();

    /// <summary>Letters and digits only, so no word can carry LIKE's own wildcards.</summary>
    private static IEnumerable<string> Split(string? text)
    {
        var folded = VietnameseText.FoldLower(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}
