using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// A person's query read into clauses: words, "quoted phrases", -exclusions and OR. Every token is
/// folded to [a-z0-9] before it reaches the engine, so no input can form engine syntax.
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
    }

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
        var input = (text ?? "").Length > MaxLength ? text![..MaxLength] : text ?? "";
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

    /// <summary>The words of a text as written (NFC, lower case), split where the index splits them.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var composed = text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        var folded = VietnameseText.FoldLower(composed);
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
                yield return composed[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Folded lower-case runs of letters and digits, as the index's tokenizer splits folded text.</summary>
    public static List<string> Tokenize(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var tokens = new List<string>();
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
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>The FTS5 expression: clauses AND-ed (or OR-ed where asked), exclusions NOT-ed.</summary>
    public string ToFtsExpression()
    {
        var expression = new System.Text.StringBuilder();
        foreach (var clause in Clauses)
        {
            if (expression.Length > 0)
            {
                expression.Append(clause.OrWithPrevious ? " OR " : " AND ");
            }
            expression.Append(Quote(clause.Tokens));
        }
        var positive = expression.ToString();
        return Excluded.Count == 0 ? positive : $"({positive}) NOT ({string.Join(" OR ", Excluded.Select(Quote))})";
    }

    /// <summary>All the query's words in order, when it is a plain list of words: the phrase that earns a boost.</summary>
    public string? ToPhraseExpression()
    {
        var tokens = Clauses.SelectMany(c => c.Tokens).ToList();
        return tokens.Count < 2 || Clauses.Any(c => c.OrWithPrevious) ? null : Quote(tokens);
    }

    /// <summary>The same phrase in the title alone, which earns more.</summary>
    public string? ToTitlePhraseExpression() => ToPhraseExpression() is { } phrase ? $"title : {phrase}" : null;

    private static string Quote(IReadOnlyList<string> tokens) => $"\"{string.Join(' ', tokens)}\"";
}
