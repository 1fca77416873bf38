using System.Data.Common;
using System.Globalization;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// What the SQLite and the PostgreSQL index share: which items are indexed with which text, kept in the
/// content's transaction, in plain tables (<c>search_documents</c>, <c>search_award_kinds</c>); and the
/// steps of a search in portable SQL — count, a page in order, the re-rank by the words typed with their
/// diacritics, facets, hits with highlights. Each engine adds its words table, its match and its score.
/// </summary>
public abstract class SearchIndexBase(IDbConnectionFactory connections, ContentTypeRegistry types) : ISearchIndex, IContentObserver
{
    private static readonly string[] FacetColumns = ["type", "cluster", "year", "issuer", "awardKind"];

    /// <summary>How many of the best results are weighed again for the words typed with their diacritics.</summary>
    private const int RerankWindow = 50;

    // The version search shows: the published one, or an archived item's last.
    private const string IndexedItems = """
        SELECT i.id AS Id, i.type AS Type, i.cluster_id AS ClusterId, i.slug AS Slug, i.published_version AS PublishedVersion,
            v.title AS Title, v.item_date AS ItemDate, v.year AS Year, v.number AS Number, v.data AS Data
        FROM content_items i
        JOIN content_versions v ON v.item_id = i.id
            AND v.version = COALESCE(i.published_version, CASE WHEN i.status = 'Archived' THEN i.latest_version END)
        """;

    /// <summary>An item as it is indexed: its original text, and what filters and facets read.</summary>
    protected sealed record SearchDocument(
        string ItemId, bool Archived, string Type, string ClusterId, int? Year, string? ItemDate, string? Issuer,
        string? Number, string? NumberFolded, string Title, string? Summary, string Body, string People, string AttachmentText,
        string Extra, string Url, IReadOnlyList<string> AwardKinds)
    {
        /// <summary>
        /// The parameters of the engine's words row: <c>@docId</c>, and each searched field (<c>@title</c>,
        /// <c>@number</c>, <c>@summary</c>, <c>@people</c>, <c>@extra</c>, <c>@body</c>, <c>@attachments</c>,
        /// from the weightiest down) as the engine's <paramref name="words"/> make it of the original text.
        /// </summary>
        public DynamicParameters WordsParameters(long docId, Func<string, string> words)
        {
            var parameters = new DynamicParameters(new { docId });
            foreach (var (name, text) in new[]
            {
                ("title", Title), ("number", Number ?? ""), ("summary", Summary ?? ""), ("people", People), ("extra", Extra), ("body", Body),
                ("attachments", AttachmentText),
            })
            {
                parameters.Add(name, words(text));
            }
            return parameters;
        }
    }

    /// <summary>
    /// How the engine finds and scores a query: the tables (ending with <c>search_documents d</c>), the
    /// match condition, a score where higher is better, and the parameters these use.
    /// </summary>
    protected sealed record EngineQuery(string From, string Condition, string Score, object Parameters);

    /// <summary>Writes the engine's words for a document just stored under <paramref name="docId"/>.</summary>
    protected abstract Task InsertWordsAsync(DbConnection connection, DbTransaction transaction, long docId, SearchDocument document);

    /// <summary>The engine's table of words, one row per document, and its column holding the document's id.</summary>
    protected abstract (string Table, string DocId) Words { get; }

    /// <summary>
    /// Keeps a full rebuild and changes to single items apart, in the transaction at hand: a change waits
    /// for a rebuild under way (and a rebuild for changes under way), so neither writes over the other.
    /// </summary>
    protected abstract Task LockAsync(DbConnection connection, DbTransaction transaction, bool wholeIndex);

    /// <summary>Tidies the engine's structures at the end of a full rebuild, in its transaction.</summary>
    protected abstract Task FinishRebuildAsync(DbConnection connection, DbTransaction transaction);

    protected abstract EngineQuery Match(SearchQuery query);

    public async Task ItemChangedAsync(DbConnection connection, DbTransaction transaction, string itemId)
    {
        await LockAsync(connection, transaction, wholeIndex: false);
        var docId = await connection.ExecuteScalarAsync<long?>(
            "SELECT doc_id FROM search_documents WHERE item_id = @itemId", new { itemId }, transaction);
        if (docId is not null)
        {
            await connection.ExecuteAsync($"DELETE FROM {Words.Table} WHERE {Words.DocId} = @docId", new { docId }, transaction);
            await connection.ExecuteAsync("DELETE FROM search_award_kinds WHERE doc_id = @docId", new { docId }, transaction);
            await connection.ExecuteAsync("DELETE FROM search_documents WHERE doc_id = @docId", new { docId }, transaction);
        }
        var item = await connection.QuerySingleOrDefaultAsync<ContentRecord>(
            $"{IndexedItems} WHERE i.id = @itemId", new { itemId }, transaction);
        if (item is not null)
        {
            await InsertAsync(connection, transaction, item);
        }
    }

    public async Task RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, wholeIndex: true);
        await connection.ExecuteAsync($"DELETE FROM {Words.Table}; DELETE FROM search_award_kinds; DELETE FROM search_documents;",
            transaction: transaction);
        var items = (await connection.QueryAsync<ContentRecord>($"{IndexedItems} ORDER BY i.id", transaction: transaction)).AsList();
        var texts = (await connection.QueryAsync<(string Key, string Text)>(
            "SELECT media_key, text FROM media_texts", transaction: transaction)).ToDictionary(t => t.Key, t => t.Text);
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await InsertAsync(connection, transaction, items[i], texts);
            if ((i + 1) % 1000 == 0 || i + 1 == items.Count)
            {
                progress?.Report((i + 1, items.Count));
            }
        }
        await FinishRebuildAsync(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>How many items the index should hold, against how many it holds: a start-up check.</summary>
    public static async Task<(int Expected, int Indexed)> CountsAsync(DbConnection connection) =>
        (await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM content_items WHERE published_version IS NOT NULL OR status = 'Archived'"),
         await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM search_documents"));

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, ContentRecord item,
        IReadOnlyDictionary<string, string>? knownTexts = null)
    {
        var type = types.Get(item.Type);
        var text = type.SearchText(types.Deserialize(item.Type, item.Data));
        knownTexts ??= (await connection.QueryAsync<(string Key, string Text)>(
            $"SELECT media_key, text FROM media_texts WHERE {connections.Dialect.InList("media_key", "@keys")}",
            new { keys = text.AttachmentKeys.ToArray() }, transaction)).ToDictionary(t => t.Key, t => t.Text);
        var attachmentText = string.Join("\n", text.AttachmentKeys.Select(k => knownTexts.GetValueOrDefault(k)).OfType<string>());
        var document = new SearchDocument(
            item.Id,
            Archived: item.PublishedVersion is null,
            item.Type,
            item.ClusterId,
            item.Year,
            item.ItemDate,
            text.Issuer,
            item.Number,
            NumberFolded: item.Number is null ? null
                : DocumentNumber.TryParse(item.Number, out var parsed) ? parsed.Folded : VietnameseText.FoldLower(item.Number),
            item.Title,
            text.Summary,
            text.Body,
            People: string.Join("\n", text.People),
            attachmentText,
            Extra: string.Join(" ", new[] { text.Issuer, text.Signer, type.DisplayName, item.Year?.ToString(CultureInfo.InvariantCulture) }.OfType<string>()),
            Url: type.PublicUrl(item.Slug),
            AwardKinds: text.AwardKinds.Distinct().ToList());
        var docId = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO search_documents (item_id, archived, type, cluster_id, year, item_date, issuer, number, number_folded,
                title, summary, body, people, attachment_text, url)
            VALUES (@ItemId, @Archived, @Type, @ClusterId, @Year, @ItemDate, @Issuer, @Number, @NumberFolded, @Title, @Summary, @Body,
                @People, @AttachmentText, @Url)
            RETURNING doc_id
            """, document, transaction);
        await InsertWordsAsync(connection, transaction, docId, document);
        foreach (var kind in document.AwardKinds)
        {
            await connection.ExecuteAsync("INSERT INTO search_award_kinds (doc_id, kind) VALUES (@docId, @kind)", new { docId, kind }, transaction);
        }
    }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return new SearchResult(request, 0, [], FacetColumns.ToDictionary(f => f, _ => (IReadOnlyDictionary<string, int>)new Dictionary<string, int>()));
        }
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, 1000);
        var rerank = request.Sort != "date" && query.AccentedWords.Count > 0 && page * pageSize <= RerankWindow;
        var engine = Match(query);
        var parameters = new DynamicParameters(new
        {
            number = query.Number,
            includeArchived = request.IncludeArchived,
            type = request.Type,
            cluster = request.ClusterId,
            year = request.Year,
            issuer = request.Issuer,
            awardKind = request.AwardKind,
            limit = rerank ? RerankWindow : pageSize,
            offset = rerank ? 0 : (page - 1) * pageSize,
        });
        parameters.AddDynamicParams(engine.Parameters);
        var matched = $"WHERE {engine.Condition} AND (NOT d.archived OR @includeArchived)";
        var order = request.Sort == "date"
            ? "d.item_date DESC NULLS LAST, Score DESC, d.doc_id"
            : "Exact DESC, Score DESC, d.doc_id";
        var facetStatements = FacetColumns.Select(facet =>
        {
            var column = facet switch
            {
                "type" => "d.type",
                "cluster" => "d.cluster_id",
                "year" => "CAST(d.year AS TEXT)",
                "issuer" => "d.issuer",
                _ => "k.kind",
            };
            var join = facet == "awardKind" ? "JOIN search_award_kinds k ON k.doc_id = d.doc_id" : "";
            return $"""
                SELECT {column}, COUNT(*)
                FROM {engine.From} {join} {matched} {Filters(request, except: facet)} AND {column} IS NOT NULL
                GROUP BY {column} ORDER BY COUNT(*) DESC, {column} LIMIT 50
                """;
        });
        // The count, the page and the facets in one command: one round trip to a database server.
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT COUNT(*) FROM {engine.From} {matched} {Filters(request, except: null)};
            SELECT d.item_id AS ItemId, d.type AS Type, d.title AS Title, d.url AS Url, d.number AS Number, d.item_date AS ItemDate,
                d.cluster_id AS ClusterId, d.summary AS Summary, d.body AS Body, d.people AS People, d.attachment_text AS AttachmentText,
                d.archived AS Archived,
                CASE WHEN d.number_folded = @number THEN 1 ELSE 0 END AS Exact,
                {engine.Score} AS Score
            FROM {engine.From} {matched} {Filters(request, except: null)}
            ORDER BY {order}
            LIMIT @limit OFFSET @offset;
            {string.Join(";\n", facetStatements)}
            """, parameters, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<int>();
        var rows = (await results.ReadAsync<HitRow>()).AsList();
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var facet in FacetColumns)
        {
            var counts = await results.ReadAsync<(string? Value, int Count)>();
            facets[facet] = counts.Where(c => c.Value is not null).ToDictionary(c => c.Value!, c => c.Count);
        }
        if (rerank)
        {
            rows = rows.OrderByDescending(r => r.Exact).ThenByDescending(r => r.Score * (1 + AccentedShare(r, query.AccentedWords)))
                .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        }
        var tokens = query.Tokens;
        var hits = rows.Select(row => new SearchHit(
            row.ItemId,
            row.Type,
            row.Title,
            Highlighter.Mark(row.Title, tokens),
            row.Url,
            row.Number,
            row.ItemDate is null ? null : DateOnly.ParseExact(row.ItemDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.ClusterId,
            Highlighter.Snippet(BestText(row, tokens), tokens),
            row.Archived)).ToList();
        return new SearchResult(request with { Page = page, PageSize = pageSize }, total, hits, facets);
    }

    /// <summary>The share of the words typed with diacritics that the result holds as written.</summary>
    private static double AccentedShare(HitRow row, IReadOnlySet<string> accented)
    {
        var body = row.Body.Length > 20_000 ? row.Body[..20_000] : row.Body;
        var words = SearchQuery.Words($"{row.Title}\n{row.Summary}\n{row.People}\n{body}").ToHashSet(StringComparer.Ordinal);
        return (double)accented.Count(words.Contains) / accented.Count;
    }

    /// <summary>
    /// The text a snippet is cut from: of summary, body, awards and attachments, the one holding the
    /// most of the words sought (the earlier one on a tie).
    /// </summary>
    private static string BestText(HitRow row, IReadOnlySet<string> tokens)
    {
        // A snippet comes from the start of a long attachment: reading megabytes per hit would slow every page.
        const int Reach = 20_000;
        var candidates = new[] { row.Summary, row.Body, row.People, row.AttachmentText }.OfType<string>()
            .Where(t => t.Length > 0).Select(t => t.Length > Reach ? t[..Reach] : t).ToList();
        return candidates
            .Select((text, order) => (Text: text, Order: order, Found: SearchQuery.Tokenize(text).Where(tokens.Contains).Distinct().Count()))
            .OrderByDescending(c => c.Found).ThenBy(c => c.Order)
            .Select(c => c.Text)
            .FirstOrDefault() ?? "";
    }

    private static string Filters(SearchRequest request, string? except) => string.Concat(
        request.Type is null || except == "type" ? "" : " AND d.type = @type",
        request.ClusterId is null || except == "cluster" ? "" : " AND d.cluster_id = @cluster",
        request.Year is null || except == "year" ? "" : " AND d.year = @year",
        request.Issuer is null || except == "issuer" ? "" : " AND d.issuer = @issuer",
        request.AwardKind is null || except == "awardKind" ? "" : " AND d.doc_id IN (SELECT doc_id FROM search_award_kinds WHERE kind = @awardKind)");

    private sealed class HitRow
    {
        public string ItemId { get; set; } = "";
        public string Type { get; set; } = "";
        public string Title { get; set; } = "";
        public string Url { get; set; } = "";
        public string? Number { get; set; }
        public string? ItemDate { get; set; }
        public string ClusterId { get; set; } = "";
        public string? Summary { get; set; }
        public string Body { get; set; } = "";
        public string People { get; set; } = "";
        public string AttachmentText { get; set; } = "";
        public bool Archived { get; set; }
        public long Exact { get; set; }
        public double Score { get; set; }
    }
}
