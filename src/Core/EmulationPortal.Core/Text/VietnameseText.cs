using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace EmulationPortal.Core.Text;

/// <summary>
/// Diacritic folding for Vietnamese text, used for accent-insensitive search and slugs.
/// </summary>
public static class VietnameseText
{
    // Only the Latin blocks are folded, so Greek, Cyrillic, CJK, etc. pass through untouched.
    private static readonly (char First, char Last)[] FoldableLatinRanges =
    [
        ('\u00C0', '\u024F'), // Latin-1 Supplement letters, Latin Extended-A and -B (ă, đ, ĩ, ũ, ơ, ư, ...)
        ('\u1E00', '\u1EFF'), // Latin Extended Additional (ạ, ả, ấ, ầ, ẩ, ẫ, ậ, ... ỹ)
    ];

    private static readonly FrozenDictionary<char, char> FoldMap = BuildFoldMap();

    /// <summary>
    /// Removes all Vietnamese tone and vowel marks and maps đ→d, Đ→D, keeping case.
    /// </summary>
    /// <remarks>
    /// The result has exactly the same length as the NFC form of <paramref name="text"/>, so an
    /// index found in folded text (e.g. a search highlight) is valid in the NFC original.
    /// Other Latin letters with diacritics (é, ñ, ü, ...) are folded the same way; every other
    /// character is kept as is.
    /// </remarks>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return Folded(NormalizeToFormC(text), lower: false);
    }

    /// <summary>
    /// <see cref="Fold"/> followed by invariant lower-casing; the length guarantee still holds.
    /// </summary>
    public static string FoldLower(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var normalized = NormalizeToFormC(text);
        // In one pass, as search folds every text it shows a snippet of; a letter outside the BMP is lower-cased as a pair.
        return normalized.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')
            ? Folded(normalized, lower: false).ToLowerInvariant()
            : Folded(normalized, lower: true);
    }

    /// <summary>
    /// <see cref="FoldLower"/> of a text already in NFC, written into <paramref name="destination"/> (as long as the
    /// text) without a string being made; false, writing nothing, when the text holds a character outside the BMP.
    /// </summary>
    public static bool TryFoldLowerComposed(ReadOnlySpan<char> composed, Span<char> destination)
    {
        if (composed.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return false;
        }
        Fold(composed, destination, lower: true);
        return true;
    }

    private static string Folded(string normalized, bool lower) =>
        string.Create(normalized.Length, (normalized, lower), static (destination, state) => Fold(state.normalized, destination, state.lower));

    private static void Fold(ReadOnlySpan<char> source, Span<char> destination, bool lower)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            c = FoldMap.TryGetValue(c, out var folded) ? folded : c;
            destination[i] = lower ? char.ToLowerInvariant(c) : c;
        }
    }

    /// <summary>NFC form of <paramref name="text"/>, or the text unchanged when it holds lone surrogates.</summary>
    internal static string NormalizeToFormC(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates (e.g. from a string cut in the middle of an emoji) make
            // normalization throw. Folding and parsing are best effort, so they carry on
            // with the text as it is rather than fail.
            return text;
        }
    }

    private static FrozenDictionary<char, char> BuildFoldMap()
    {
        // đ/Đ are separate letters in Unicode, not d/D plus a combining mark.
        var map = new Dictionary<char, char> { ['đ'] = 'd', ['Đ'] = 'D' };

        foreach (var (first, last) in FoldableLatinRanges)
        {
            for (var c = first; c <= last; c++)
            {
                if (TryGetAsciiBaseLetter(c, out var baseLetter))
                {
                    map[c] = baseLetter;
                }
            }
        }

        return map.ToFrozenDictionary();
    }

    // A letter folds to its base when its canonical decomposition is an ASCII letter followed
    // only by combining marks (ấ = a + circumflex + acute, ơ = o + horn).
    private static bool TryGetAsciiBaseLetter(char c, out char baseLetter)
    {
        baseLetter = c;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || !char.IsAsciiLetter(decomposed[0]))
        {
            return false;
        }

        for (var i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        baseLetter = decomposed[0];
        return true;
    }
}
