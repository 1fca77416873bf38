using System.Data.Common;
using System.Text;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Search on PostgreSQL full text: a weighted <c>tsvector</c> per item under a GIN index, ranked by
/// cover density (<c>ts_rank_cd</c>), the original text beside it for display and highlights.
/// </summary>
/// <remarks>
/// Folding happens in C#, as on SQLite and in the query: every field is handed to PostgreSQL as the
/// folded tokens of <see cref="SearchQuery.Tokenize"/> (no diacritics, đ → d, lower case, [a-z0-9] runs)
/// joined by spaces, so the index holds exactly the words a query is made of, and PostgreSQL's parser,
/// which reads "585/qđ-ubnd" as a file path, only ever sees plain words. The tsquery is assembled from
/// those tokens alone, each quoted: nothing a person types reaches its syntax.
/// </remarks>
public sealed class PostgresSearchIndex(IDbConnectionFactory connections, ContentTypeRegistry types) : SearchIndexBase(connections, types)
{
    // Weights of D (attachments), C (body, issuer, signer, type, year), B (summary, people), A (title, number).
    private const string Weights = "'{0.05, 0.2, 0.4, 1.0}'";

    // The advisory lock of the search index: any fixed number the portal uses for nothing else.
    private const long IndexLockKey = 0x5EA7C4_0001;

    // Rank divided by 1 + the logarithm of the document's length, as BM25 weighs long documents down.
    private const int LengthNormalization = 1;

    protected override Task InsertWordsAsync(DbConnection connection, DbTransaction transaction, long docId, SearchDocument document)
    {
        // Fields come from the weightiest down: what a huge document loses to the size limit is the end of its
        // attachments (then of its body), never its title.
        var words = new VectorText();
        return connection.ExecuteAsync("""
            INSERT INTO search_vectors (doc_id, words) VALUES (@docId,
                setweight(to_tsvector('simple', @title), 'A') || setweight(to_tsvector('simple', @number), 'A')
                || setweight(to_tsvector('simple', @summary), 'B') || setweight(to_tsvector('simple', @people), 'B')
                || setweight(to_tsvector('simple', @extra), 'C') || setweight(to_tsvector('simple', @body), 'C')
                || setweight(to_tsvector('simple', @attachments), 'D'))
            """, document.WordsParameters(docId, words.Add), transaction);
    }

    protected override (string Table, string DocId) Words => ("search_vectors", "doc_id");

    // Several writers at once (and several nodes): without it, a publish during a rebuild would find its
    // row gone, then collide with the one the rebuild wrote. Transaction-scoped: freed at commit or rollback.
    protected override Task LockAsync(DbConnection connection, DbTransaction transaction, bool wholeIndex) =>
        connection.ExecuteAsync(
            wholeIndex ? "SELECT pg_advisory_xact_lock(@key)" : "SELECT pg_advisory_xact_lock_shared(@key)",
            new { key = IndexLockKey }, transaction);

    // Fresh statistics for the planner; ANALYZE counts the rows this transaction wrote.
    protected override Task FinishRebuildAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteAsync("ANALYZE search_documents, search_vectors, search_award_kinds", transaction: transaction);

    protected override EngineQuery Match(SearchQuery query)
    {
        var phrase = PhraseTsQuery(query, weight: null);
        // The words as a phrase anywhere double a document's score, as a phrase in its title (or number) quadruple it.
        var phraseBoost = phrase is null
            ? ""
            : " + CASE WHEN v.words @@ to_tsquery('simple', @phrase) THEN 1 ELSE 0 END"
              + " + CASE WHEN v.words @@ to_tsquery('simple', @titlePhrase) THEN 2 ELSE 0 END";
        return new EngineQuery(
            "search_vectors v JOIN search_documents d ON d.doc_id = v.doc_id",
            "v.words @@ to_tsquery('simple', @match)",
            $"CAST(ts_rank_cd({Weights}, v.words, to_tsquery('simple', @match), {LengthNormalization}) * (1{phraseBoost}) AS DOUBLE PRECISION)",
            new { match = TsQuery(query), phrase, titlePhrase = PhraseTsQuery(query, weight: "A") });
    }

    /// <summary>
    /// The tsquery text of a query: clauses AND-ed (&amp;) or OR-ed (|) as typed, phrases with &lt;-&gt;,
    /// exclusions NOT-ed (!). It binds as the FTS5 expression does: ! before &amp; before |.
    /// </summary>
    public static string TsQuery(SearchQuery query)
    {
        var positive = new StringBuilder();
        foreach (var clause in query.Clauses)
        {
            if (positive.Length > 0)
            {
                positive.Append(clause.OrWithPrevious ? " | " : " & ");
            }
            positive.Append(Phrase(clause.Tokens, weight: null));
        }
        return query.Excluded.Count == 0
            ? positive.ToString()
            : $"({positive}) & !({string.Join(" | ", query.Excluded.Select(tokens => Phrase(tokens, weight: null)))})";
    }

    /// <summary>All the query's words in order, when it is a plain list of words, restricted to a weight if given.</summary>
    public static string? PhraseTsQuery(SearchQuery query, string? weight)
    {
        var tokens = query.Clauses.SelectMany(c => c.Tokens).ToList();
        return tokens.Count < 2 || query.Clauses.Any(c => c.OrWithPrevious) ? null : Phrase(tokens, weight);
    }

    private static string Phrase(IReadOnlyList<string> tokens, string? weight) =>
        "(" + string.Join(" <-> ", tokens.Select(token => $"'{Lexeme(token)}'{(weight is null ? "" : ":" + weight)}")) + ")";

    // Tokens are [a-z0-9] already; keeping only those characters makes sure no quote or operator can pass.
    private static string Lexeme(string token) => string.Concat(token.Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')));

    /// <summary>
    /// A document's fields as PostgreSQL is handed them: folded tokens joined by spaces, stopped where
    /// the tsvector would near PostgreSQL's limit of 1 MB, which would otherwise fail the publish.
    /// </summary>
    private sealed class VectorText
    {
        // Longer words PostgreSQL leaves out of a tsvector (with a notice).
        private const int MaxLexeme = 2046;

        // PostgreSQL keeps at most this many positions of a lexeme.
        private const int MaxPositions = 256;

        // Bytes of the tsvector, counted from above: each lexeme its text, a 4-byte entry, alignment and a
        // 2-byte count, then 2 bytes per position. The limit is 1,048,575.
        private const int Budget = 900_000;

        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private int _size;

        public string Add(string? text)
        {
            var kept = new StringBuilder();
            foreach (var token in SearchQuery.Tokenize(text ?? ""))
            {
                if (token.Length > MaxLexeme)
                {
                    continue;
                }
                var seen = _positions.GetValueOrDefault(token);
                var cost = (seen == 0 ? token.Length + 7 : 0) + (seen < MaxPositions ? 2 : 0);
                if (_size + cost > Budget)
                {
                    break;
                }
                _size += cost;
                _positions[token] = seen + 1;
                kept.Append(token).Append(' ');
            }
            return kept.ToString();
        }
    }
}
