using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// What a reader has typed so far into the search box, folded as the index folds: the words finished, and the
/// last one still being typed (a prefix), unless the text ends with a space or a mark.
/// </summary>
public sealed class TypedWords
{
    /// <summary>A query is cut here: completion looks at what is being typed, not at pasted pages.</summary>
    private const int MaxTokens = 8;

    private TypedWords(IReadOnlyList<string> whole, string? prefix)
    {
        Whole = whole;
        Prefix = prefix;
    }

    public IReadOnlyList<string> Whole { get; }

    public string? Prefix { get; }

    public bool IsEmpty => Whole.Count == 0 && Prefix is null;

    /// <summary>Whether a word typed holds a digit: the reader may be typing a document number.</summary>
    public bool HasDigit => Whole.Append(Prefix ?? "").Any(word => word.Any(char.IsAsciiDigit));

    public static TypedWords Parse(string? text)
    {
        var folded = VietnameseText.FoldLower(Excerpt.Prefix(text ?? "", 200));
        var tokens = SearchQuery.Tokenize(folded);
        if (tokens.Count > MaxTokens)
        {
            tokens = tokens[^MaxTokens..];
        }
        var typing = folded.Length > 0 && SearchQuery.IsTokenChar(folded[^1]) && tokens.Count > 0;
        return typing ? new TypedWords(tokens[..^1], tokens[^1]) : new TypedWords(tokens, null);
    }

    /// <summary>
    /// Whether tokens joined by spaces ("2871 qd ubnd", a number's) hold every whole word and one starting with the
    /// prefix; read in place, as it is asked of every document matched.
    /// </summary>
    public bool HeldBy(string spaced)
    {
        foreach (var word in Whole)
        {
            if (!Holds(spaced, word, prefix: false))
            {
                return false;
            }
        }
        return Prefix is null || Holds(spaced, Prefix, prefix: true);
    }

    private static bool Holds(ReadOnlySpan<char> spaced, string word, bool prefix)
    {
        foreach (var range in spaced.Split(' '))
        {
            var token = spaced[range];
            if (prefix ? token.StartsWith(word, StringComparison.Ordinal) : token.SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How well a text's tokens hold what was typed: null when they do not (a word missing, or no token starting with
    /// the prefix); 0 when the text begins with the words typed, in order; 1 when they stand anywhere in it.
    /// </summary>
    public int? Rank(IReadOnlyList<string> tokens)
    {
        if (!Whole.All(tokens.Contains) || (Prefix is { } prefix && !tokens.Any(t => t.StartsWith(prefix, StringComparison.Ordinal))))
        {
            return null;
        }
        var begins = tokens.Count >= Whole.Count + (Prefix is null ? 0 : 1)
            && Whole.Select((word, i) => tokens[i] == word).All(same => same)
            && (Prefix is null || tokens[Whole.Count].StartsWith(Prefix, StringComparison.Ordinal));
        return begins ? 0 : 1;
    }
}
