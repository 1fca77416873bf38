using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// A person's query read into clauses: words, "quoted phrases", -exclusions and OR. Every token is
/// folded to [a-z0-9]; the engine is handed tokens, never text, so no input can form a syntax.
/// </summary>
public sealed class SearchQuery
{
    private const int MaxLength = 500;
    private const int MaxClauses = 32;

    private SearchQuery(IReadOnlyList<Clause> clauses, IReadOnlyList<IReadOnlyList<string>> excluded, string? number,
        IReadOnlySet<string> accentedWords)
    {
        Clauses = clauses;
        Excluded = excluded;
        Number = number;
        AccentedWords = accentedWords;
        var tokens = clauses.SelectMany(c => c.Tokens).ToList();
        NumberTokens = excluded.Count == 0 && !clauses.Any(c => c.OrWithPrevious) && tokens.Count >= 2
            && tokens.Any(t => t.All(char.IsAsciiDigit)) && tokens.Any(t => t.Any(char.IsAsciiLetter))
            ? NumberKey(tokens)
            : null;
    }

    /// <summary>
    /// The query's tokens in one order when they may be a document number typed in another order or case
    /// ("qđ-ubnd 2871" for 2871/QĐ-UBND): a plain list of words with a number and a code among them.
    /// </summary>
    public string? NumberTokens { get; }

    /// <summary>Tokens in one order, so that a number and its parts typed in any order compare equal.</summary>
    public static string NumberKey(IEnumerable<string> tokens) => string.Join(' ', tokens.Order(StringComparer.Ordinal));

    /// <summary>
    /// The words typed with their diacritics ("cờ", "đua"), lower case: folding makes "cờ", "có" and
    /// "cơ" one word to the index, so results holding the very words typed are put first among equals.
    /// </summary>
    public IReadOnlySet<string> AccentedWords { get; }

    /// <summary>A token or a phrase (several tokens in a row), and whether it is OR-ed with the clause before.</summary>
    public sealed record Clause(IReadOnlyList<string> Tokens, bool OrWithPrevious);

    public IReadOnlyList<Clause> Clauses { get; }

    public IReadOnlyList<IReadOnlyList<string>> Excluded { get; }

    /// <summary>The query as a whole document number, folded ("1197/qd-ubnd"), when it is one.</summary>
    public string? Number { get; }

    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Every token the person looks for, for highlighting.</summary>
    public IReadOnlySet<string> Tokens => Clauses.SelectMany(c => c.Tokens).ToHashSet();

    public static SearchQuery Parse(string? text)
    {
        var input = Excerpt.Prefix(text ?? "", MaxLength);
        var clauses = new List<Clause>();
        var excluded = new List<IReadOnlyList<string>>();
        var accented = new HashSet<string>(StringComparer.Ordinal);
        var pendingOr = false;
        var i = 0;
        while (i < input.Length && clauses.Count + excluded.Count < MaxClauses)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }
            var negated = input[i] == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]);
            if (negated)
            {
                i++;
            }
            string word;
            var quoted = input[i] == '"';
            if (quoted)
            {
                var end = input.IndexOf('"', i + 1);
                // An unclosed quote runs to the end, as people mean it.
                word = end < 0 ? input[(i + 1)..] : input[(i + 1)..end];
                i = end < 0 ? input.Length : end + 1;
            }
            else
            {
                var end = i;
                while (end < input.Length && !char.IsWhiteSpace(input[end]) && input[end] != '"')
                {
                    end++;
                }
                word = input[i..end];
                i = end;
            }
            if (!quoted && !negated && word == "OR")
            {
                pendingOr = clauses.Count > 0;
                continue;
            }
            var tokens = Tokenize(word);
            if (tokens.Count == 0)
            {
                continue;
            }
            if (negated)
            {
                excluded.Add(tokens);
            }
            else
            {
                clauses.Add(new Clause(tokens, pendingOr));
                accented.UnionWith(Words(word).Where(w => VietnameseText.FoldLower(w) != w));
            }
            pendingOr = false;
        }
        var number = DocumentNumber.TryParse(input.Trim(), out var parsed) && parsed.TypeCode is not null ? parsed.Folded : null;
        return new SearchQuery(clauses, excluded, number, accented);
    }

    /// <summary>
    /// All the query's tokens in order when it is a plain list of at least two words (no OR): the phrase
    /// whose presence earns a document a boost.
    /// </summary>
    public IReadOnlyList<string>? Phrase =>
        Clauses.Sum(c => c.Tokens.Count) < 2 || Clauses.Any(c => c.OrWithPrevious) ? null : Clauses.SelectMany(c => c.Tokens).ToList();

    /// <summary>The words of a text as written (NFC, lower case), split where the index splits them.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var composed = text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        var folded = VietnameseText.FoldLower(composed);
        var words = new List<string>();
        foreach (var range in new TokenRanges(folded))
        {
            words.Add(composed[range]);
        }
        return words;
    }

    /// <summary>Folded lower-case runs of letters and digits: the tokens of the index and of every query.</summary>
    public static List<string> Tokenize(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var tokens = new List<string>();
        foreach (var range in new TokenRanges(folded))
        {
            tokens.Add(folded[range]);
        }
        return tokens;
    }

    /// <summary>
    /// Where the tokens of folded lower-case text are: its runs of [a-z0-9]. The index reads its tokens
    /// through this, without making a string of each, and so splits text exactly as a query is split.
    /// </summary>
    public ref struct TokenRanges(ReadOnlySpan<char> folded)
    {
        private readonly ReadOnlySpan<char> _text = folded;
        private int _end;

        public Range Current { get; private set; }

        public readonly TokenRanges GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _end;
            while (i < _text.Length && !IsTokenChar(_text[i]))
            {
                i++;
            }
            if (i == _text.Length)
            {
                return false;
            }
            var start = i;
            while (i < _text.Length && IsTokenChar(_text[i]))
            {
                i++;
            }
            Current = start..i;
            _end = i;
            return true;
        }

    }

    /// <summary>Whether a character of folded lower-case text belongs to a token.</summary>
    public static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
