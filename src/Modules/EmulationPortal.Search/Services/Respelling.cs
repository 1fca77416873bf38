using System.Globalization;
using System.Text;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// A query with some of its words put right, kept as the reader wrote it otherwise: its quotes, minus signs, OR
/// and punctuation stay where they were. Folding keeps each character of NFC text in its place (as the
/// <see cref="Highlighter"/> relies on), so a word is replaced at the place its token was found.
/// </summary>
public static class Respelling
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The query with each corrected token in place of the word it was read from: what is searched.</summary>
    public static string Apply(string query, IReadOnlyDictionary<string, string> corrections) =>
        Rewrite(query, (token, _) => corrections.GetValueOrDefault(token));

    /// <summary>
    /// The corrected query as a reader would write it: every word in the form <paramref name="text"/> (the corrected
    /// search's first result) writes it, with its diacritics, in the case the reader typed; a word the text does not
    /// hold is left as typed, or as corrected when it was.
    /// </summary>
    public static string AsWritten(string query, IReadOnlyDictionary<string, string> corrections, string text)
    {
        var wanted = new List<string>();
        Rewrite(query, (token, _) =>
        {
            wanted.Add(corrections.GetValueOrDefault(token, token));
            return null;
        });
        var words = Words(text);
        // Folding makes one word of many ("luong": lương, lượng), so a word is taken where it stands beside the words
        // typed next to it ("Đô Lương", not "do" and "chất lượng"), else in its most frequent form.
        bool Beside(int i, int at, int step) =>
            i + step >= 0 && i + step < wanted.Count && at + step >= 0 && at + step < words.Count && words[at + step].Folded == wanted[i + step];
        var written = wanted.Select((token, i) => Enumerable.Range(0, words.Count).Where(at => words[at].Folded == token)
                .GroupBy(at => words[at].Written)
                .OrderByDescending(g => g.Count(at => Beside(i, at, -1) || Beside(i, at, 1))).ThenByDescending(g => g.Count())
                .Select(g => g.Key).FirstOrDefault())
            .ToList();
        var at = 0;
        return Rewrite(query, (token, typed) =>
        {
            var form = written[at++];
            if (form is null)
            {
                return corrections.GetValueOrDefault(token);
            }
            // A word typed with its diacritics and left as it was is the reader's own.
            return !corrections.ContainsKey(token) && VietnameseText.FoldLower(typed) != typed.ToLowerInvariant() ? null : InCaseOf(typed, form);
        });
    }

    /// <summary>The word in the case of the word typed: all capitals, a capital first, or lower case.</summary>
    public static string InCaseOf(string typed, string word)
    {
        var letters = typed.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return word.ToUpper(Vietnamese);
        }
        var lower = word.ToLower(Vietnamese);
        return letters.Count > 0 && char.IsUpper(typed[0]) && lower.Length > 0 ? char.ToUpper(lower[0], Vietnamese) + lower[1..] : lower;
    }

    /// <summary>The query with the words whose token <paramref name="replace"/> gives a replacement for replaced; the rest as typed (NFC).</summary>
    private static string Rewrite(string query, Func<string, string, string?> replace)
    {
        var composed = query.Normalize(NormalizationForm.FormC);
        var folded = VietnameseText.FoldLower(composed);
        var rewritten = new StringBuilder();
        var position = 0;
        foreach (var range in new SearchQuery.TokenRanges(folded))
        {
            var (start, end) = (range.Start.Value, range.End.Value);
            rewritten.Append(composed, position, start - position);
            rewritten.Append(replace(folded[range], composed[range]) ?? composed[range]);
            position = end;
        }
        return rewritten.Append(composed, position, composed.Length - position).ToString();
    }

    private static List<(string Written, string Folded)> Words(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var folded = VietnameseText.FoldLower(composed);
        var words = new List<(string, string)>();
        foreach (var range in new SearchQuery.TokenRanges(folded))
        {
            words.Add((composed[range], folded[range]));
        }
        return words;
    }
}
