using System.Data.Common;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Search on SQLite FTS5: folded text in an FTS5 table (BM25 with field weights), the original text
/// beside it for display and highlights, filters and facets on plain columns.
/// </summary>
public sealed class SqliteSearchIndex(IDbConnectionFactory connections, ContentTypeRegistry types) : SearchIndexBase(connections, types)
{
    // title, number, summary, body, people, attachments, extra: titles and numbers weigh most.
    private const string Rank = "bm25(search_fts, 10.0, 8.0, 4.0, 1.0, 3.0, 0.5, 2.0)";

    protected override Task InsertWordsAsync(DbConnection connection, DbTransaction transaction, long docId, SearchDocument document) =>
        connection.ExecuteAsync("""
            INSERT INTO search_fts (rowid, title, number, summary, body, people, attachments, extra)
            VALUES (@docId, @title, @number, @summary, @body, @people, @attachments, @extra)
            """, document.WordsParameters(docId, VietnameseText.Fold), transaction);

    protected override (string Table, string DocId) Words => ("search_fts", "rowid");

    // SQLite has one writer at a time: a rebuild and a change never overlap.
    protected override Task LockAsync(DbConnection connection, DbTransaction transaction, bool wholeIndex) => Task.CompletedTask;

    protected override Task FinishRebuildAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteAsync("INSERT INTO search_fts (search_fts) VALUES ('optimize')", transaction: transaction);

    protected override EngineQuery Match(SearchQuery query)
    {
        // BM25 is lower for better matches: negated, so that higher is better as on every engine.
        // The words as a phrase anywhere double a document's score, as a phrase in its title quadruple it.
        var phraseBoost = query.ToPhraseExpression() is null
            ? "0"
            : "(d.doc_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @phrase))"
              + " + 2 * (d.doc_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @titlePhrase))";
        return new EngineQuery(
            "search_fts JOIN search_documents d ON d.doc_id = search_fts.rowid",
            "search_fts MATCH @match",
            $"-{Rank} * (1.0 + {phraseBoost})",
            new { match = query.ToFtsExpression(), phrase = query.ToPhraseExpression(), titlePhrase = query.ToTitlePhraseExpression() });
    }
}
