using System.Data.Common;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Search on SQLite FTS5: folded text in an FTS5 table (BM25 with field weights), the original text
/// beside it for display and highlights, filters and facets on plain columns.
/// </summary>
public sealed class SqliteSearchIndex(IDbConnectionFactory connections, ContentTypeRegistry types) : ISearchIndex, IContentObserver
{
    // title, number, summary, body, people, attachments, extra: titles and numbers weigh most.
    private const string Rank = "bm25(search_fts, 10.0, 8.0, 4.0, 1.0, 3.0, 0.5, 2.0)";

    private static readonly string[] FacetColumns = ["type", "cluster", "year", "issuer", "awardKind"];

    /// <summary>How many of the best results are weighed again for the words typed with their diacritics.</summary>
    private const int RerankWindow = 50;

    public async Task ItemChangedAsync(DbConnection connection, DbTransaction transaction, string itemId)
    {
        var docId = await connection.ExecuteScalarAsync<long?>(
            "SELECT doc_id FROM search_documents WHERE item_id = @itemId", new { itemId }, transaction);
        if (docId is not null)
        {
            await connection.ExecuteAsync("DELETE FROM search_fts WHERE rowid = @docId", new { docId }, transaction);
            await connection.ExecuteAsync("DELETE FROM search_documents WHERE doc_id = @docId", new { docId }, transaction);
        }
        var item = await connection.QuerySingleOrDefaultAsync<IndexedItem>($"""
            SELECT {IndexedItem.Columns} FROM content_items i
            JOIN content_versions v ON v.item_id = i.id
                AND v.version = COALESCE(i.published_version, CASE WHEN i.status = 'Archived' THEN i.latest_version END)
            WHERE i.id = @itemId
            """, new { itemId }, transaction);
        if (item is not null)
        {
            await InsertAsync(connection, transaction, item);
        }
    }

    public async Task RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM search_fts; DELETE FROM search_award_kinds; DELETE FROM search_documents;", transaction: transaction);
        var items = (await connection.QueryAsync<IndexedItem>($"""
            SELECT {IndexedItem.Columns} FROM content_items i
            JOIN content_versions v ON v.item_id = i.id
                AND v.version = COALESCE(i.published_version, CASE WHEN i.status = 'Archived' THEN i.latest_version END)
            ORDER BY i.id
            """, transaction: transaction)).AsList();
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
        await connection.ExecuteAsync("INSERT INTO search_fts (search_fts) VALUES ('optimize')", transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>How many items the index should hold, against how many it holds: a start-up check.</summary>
    public static async Task<(int Expected, int Indexed)> CountsAsync(DbConnection connection) =>
        (await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM content_items WHERE published_version IS NOT NULL OR status = 'Archived'"),
         await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM search_documents"));

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, IndexedItem item,
        IReadOnlyDictionary<string, string>? knownTexts = null)
    {
        var type = types.Get(item.Type);
        var text = type.SearchText(types.Deserialize(item.Type, item.Data));
        var attachmentText = knownTexts is null
            ? string.Join("\n", await connection.QueryAsync<string>(
                "SELECT text FROM media_texts WHERE media_key IN @keys", new { keys = text.AttachmentKeys }, transaction))
            : string.Join("\n", text.AttachmentKeys.Select(k => knownTexts.GetValueOrDefault(k)).OfType<string>());
        var number = item.Number is null ? null : DocumentNumber.TryParse(item.Number, out var parsed) ? parsed.Folded : VietnameseText.FoldLower(item.Number);
        var people = string.Join("\n", text.People);
        var extra = string.Join(" ", new[] { text.Issuer, text.Signer, type.DisplayName, item.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.OfType<string>());
        var docId = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO search_documents (item_id, archived, type, cluster_id, year, item_date, issuer, number, number_folded,
                title, summary, body, people, attachment_text, url)
            VALUES (@Id, @archived, @Type, @ClusterId, @Year, @ItemDate, @Issuer, @Number, @number, @Title, @Summary, @Body, @people,
                @attachmentText, @url)
            RETURNING doc_id
            """,
            new
            {
                item.Id,
                archived = item.PublishedVersion is null,
                item.Type,
                item.ClusterId,
                item.Year,
                item.ItemDate,
                text.Issuer,
                item.Number,
                number,
                item.Title,
                text.Summary,
                text.Body,
                people,
                attachmentText,
                url = type.PublicUrl(item.Slug),
            },
            transaction);
        await connection.ExecuteAsync("""
            INSERT INTO search_fts (rowid, title, number, summary, body, people, attachments, extra)
            VALUES (@docId, @title, @number, @summary, @body, @people, @attachments, @extra)
            """,
            new
            {
                docId,
                title = VietnameseText.Fold(item.Title),
                number = VietnameseText.Fold(item.Number ?? ""),
                summary = VietnameseText.Fold(text.Summary ?? ""),
                body = VietnameseText.Fold(text.Body),
                people = VietnameseText.Fold(people),
                attachments = VietnameseText.Fold(attachmentText),
                extra = VietnameseText.Fold(extra),
            },
            transaction);
        foreach (var kind in text.AwardKinds.Distinct())
        {
            await connection.ExecuteAsync("INSERT INTO search_award_kinds (doc_id, kind) VALUES (@docId, @kind)", new { docId, kind }, transaction);
        }
    }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        var empty = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        if (query.IsEmpty)
        {
            return new SearchResult(request, 0, [], FacetColumns.ToDictionary(f => f, _ => (IReadOnlyDictionary<string, int>)new Dictionary<string, int>()));
        }
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, 1000);
        var rerank = request.Sort != "date" && query.AccentedWords.Count > 0 && page * pageSize <= RerankWindow;
        var parameters = new DynamicParameters(new
        {
            match = query.ToFtsExpression(),
            phrase = query.ToPhraseExpression(),
            titlePhrase = query.ToTitlePhraseExpression(),
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
        const string matched = """
            FROM search_fts JOIN search_documents d ON d.doc_id = search_fts.rowid
            WHERE search_fts MATCH @match AND (d.archived = 0 OR @includeArchived)
            """;
        var filters = Filters(request, except: null);
        var order = request.Sort == "date"
            ? "d.item_date DESC, Score"
            : "Exact DESC, Score";
        // The words as a phrase anywhere double a document's score, as a phrase in its title quadruple it.
        var phraseBoost = query.ToPhraseExpression() is null
            ? "0"
            : "(d.doc_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @phrase))"
              + " + 2 * (d.doc_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @titlePhrase))";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) {matched} {filters}", parameters, cancellationToken: cancellationToken));
        var rows = (await connection.QueryAsync<HitRow>(new CommandDefinition($"""
            SELECT d.item_id AS ItemId, d.type AS Type, d.title AS Title, d.url AS Url, d.number AS Number, d.item_date AS ItemDate,
                d.cluster_id AS ClusterId, d.summary AS Summary, d.body AS Body, d.people AS People, d.attachment_text AS AttachmentText,
                d.archived AS Archived,
                COALESCE(d.number_folded = @number, 0) AS Exact,
                {Rank} * (1.0 + {phraseBoost}) AS Score
            {matched} {filters}
            ORDER BY {order}
            LIMIT @limit OFFSET @offset
            """, parameters, cancellationToken: cancellationToken))).AsList();
        if (rerank)
        {
            rows = rows.OrderByDescending(r => r.Exact).ThenBy(r => r.Score * (1 + AccentedShare(r, query.AccentedWords)))
                .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        }
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var facet in FacetColumns)
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
            var counts = await connection.QueryAsync<(string? Value, int Count)>(new CommandDefinition($"""
                SELECT {column}, COUNT(*)
                FROM search_fts JOIN search_documents d ON d.doc_id = search_fts.rowid {join}
                WHERE search_fts MATCH @match AND (d.archived = 0 OR @includeArchived) {Filters(request, except: facet)}
                  AND {column} IS NOT NULL
                GROUP BY {column} ORDER BY COUNT(*) DESC, {column} LIMIT 50
                """, parameters, cancellationToken: cancellationToken));
            facets[facet] = counts.Where(c => c.Value is not null).ToDictionary(c => c.Value!, c => c.Count);
        }
        var tokens = query.Tokens;
        var hits = rows.Select(row => new SearchHit(
            row.ItemId,
            row.Type,
            row.Title,
            Highlighter.Mark(row.Title, tokens),
            row.Url,
            row.Number,
            row.ItemDate is null ? null : DateOnly.ParseExact(row.ItemDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
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

    private sealed class IndexedItem
    {
        public const string Columns = """
            i.id AS Id, i.type AS Type, i.cluster_id AS ClusterId, i.slug AS Slug, i.published_version AS PublishedVersion,
            v.title AS Title, v.item_date AS ItemDate, v.year AS Year, v.number AS Number, v.data AS Data
            """;

        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string ClusterId { get; set; } = "";
        public string Slug { get; set; } = "";
        public int? PublishedVersion { get; set; }
        public string Title { get; set; } = "";
        public string? ItemDate { get; set; }
        public int? Year { get; set; }
        public string? Number { get; set; }
        public string Data { get; set; } = "{}";
    }

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
