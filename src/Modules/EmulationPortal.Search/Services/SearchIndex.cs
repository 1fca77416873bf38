using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;
using EmulationPortal.Search.Services.Lucene;

namespace EmulationPortal.Search.Services;

/// <summary>
/// The search over published (and, for staff, archived) items. What is indexed is kept in the content's
/// transaction in <c>search_documents</c>, one row per item with its original text; searches are matched
/// by this node's Lucene index (<see cref="SearchEngines"/>), kept in step with the table on every node
/// through <c>search_state.generation</c>. The page's rows are read back from the table for snippets and highlights.
/// </summary>
/// <param name="folder">The engine's folder under the data folder: another for a second node in one process.</param>
public sealed class SearchIndex(IDbConnectionFactory connections, ContentTypeRegistry types, SearchableContent content, IAttachmentTexts attachments,
    SearchEngines engines, string folder = SearchEngines.Folder)
    : ISearchIndex, IContentObserver, IDisposable
{
    /// <summary>Raised whenever what the index stores changes, so existing sites rebuild once.</summary>
    public const int FormatVersion = 2;

    /// <summary>How much of a long text a snippet reads: reading megabytes per hit would slow every page.</summary>
    private const int Reach = 20_000;

    // Made at the first search, not with the service: a command that only rebuilds the table (reindex) never opens
    // the node's index folder, which the running site holds.
    private readonly Lazy<LuceneIndex> _engine = new(() => engines.Create(folder));

    internal LuceneIndex Engine => _engine.Value;

    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }
    }

    /// <summary>
    /// How many generations back the removals are kept: a node whose index is further behind (stopped for long)
    /// compares every doc_id once instead. Each change removes one row at most, so the log stays small.
    /// </summary>
    public const long RemovalsKept = 10_000;

    /// <summary>
    /// Raises the generation, first thing in a transaction that changes <c>search_documents</c>, and returns it: the rows
    /// written and removed are logged under it, nodes see the change at their next search, and the row's lock keeps
    /// index changes and a rebuild from overlapping until commit, so generations commit in order, on both engines
    /// (SQLite has one writer anyway).
    /// </summary>
    private static Task<long> RaiseGenerationAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteScalarAsync<long>("UPDATE search_state SET generation = generation + 1 RETURNING generation", transaction: transaction);

    public async Task ItemChangedAsync(DataSession session, string itemId)
    {
        var (connection, transaction) = (session.Connection, session.Transaction);
        var generation = await RaiseGenerationAsync(connection, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO search_removals (generation, doc_id) SELECT @generation, doc_id FROM search_documents WHERE item_id = @itemId",
            new { generation, itemId }, transaction);
        await connection.ExecuteAsync("DELETE FROM search_documents WHERE item_id = @itemId", new { itemId }, transaction);
        // log_start moves with the pruning, in this transaction: a node reading removals knows whether some it needs are gone.
        var pruned = generation - RemovalsKept;
        if (pruned > 0)
        {
            await connection.ExecuteAsync("DELETE FROM search_removals WHERE generation <= @pruned", new { pruned }, transaction);
            await connection.ExecuteAsync("UPDATE search_state SET log_start = @pruned WHERE log_start < @pruned", new { pruned }, transaction);
        }
        if (await content.GetAsync(session, itemId) is { } item)
        {
            await InsertAsync(session, item, await NewDocIdsAsync(connection, transaction, 1), generation);
        }
    }

    public async Task RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var (connection, transaction) = (session.Connection, session.Transaction);
        var generation = await RaiseGenerationAsync(connection, transaction);
        await connection.ExecuteAsync("DELETE FROM search_documents", transaction: transaction);
        // Every doc_id changes: rather than logging each removal, the log starts again here, and a node whose index is
        // older compares every doc_id.
        await connection.ExecuteAsync("DELETE FROM search_removals", transaction: transaction);
        await connection.ExecuteAsync("UPDATE search_state SET format_version = @FormatVersion, log_start = @generation",
            new { FormatVersion, generation }, transaction);
        var items = await content.ListAsync(session);
        var texts = await attachments.TextsAsync(session);
        var firstDocId = await NewDocIdsAsync(connection, transaction, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await InsertAsync(session, items[i], firstDocId + i, generation, texts);
            if ((i + 1) % 1000 == 0 || i + 1 == items.Count)
            {
                progress?.Report((i + 1, items.Count));
            }
        }
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Opens the engine and brings it up to the database's generation now, rather than at the first search; an index
    /// too big to build at once is left building in the background (<see cref="Building"/>).
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await Engine.ReadAsync(connection, source => source.Documents, cancellationToken);
    }

    /// <summary>Opens the engine and waits for its index to be complete and up to the database's generation.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken);
        await Engine.Built.WaitAsync(cancellationToken);
        await OpenAsync(cancellationToken);
    }

    /// <summary>Whether searches read an index still being built, whose results may be incomplete (false until the engine is first opened).</summary>
    public bool Building => _engine.IsValueCreated && Engine.Building;

    /// <summary>How many items the index should hold, how many it holds, and in which format: a start-up check.</summary>
    public static async Task<(int Expected, int Indexed, int Format)> StateAsync(DbConnection connection) =>
        (await SearchableContent.CountAsync(connection),
         await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM search_documents"),
         await connection.ExecuteScalarAsync<int>("SELECT format_version FROM search_state"));

    /// <summary>The first of <paramref name="count"/> doc_ids never handed out before (the generation's row lock is held already).</summary>
    private static async Task<long> NewDocIdsAsync(DbConnection connection, DbTransaction transaction, int count) =>
        await connection.ExecuteScalarAsync<long>(
            "UPDATE search_state SET last_doc_id = last_doc_id + @count RETURNING last_doc_id", new { count }, transaction) - count + 1;

    private async Task InsertAsync(DataSession session, ContentRecord item, long docId, long generation, IReadOnlyDictionary<string, string>? knownTexts = null)
    {
        var type = types.Get(item.Type);
        var text = type.SearchText(types.Deserialize(item.Type, item.Data));
        knownTexts ??= await attachments.TextsAsync(session, text.AttachmentKeys);
        await session.Connection.ExecuteAsync("""
            INSERT INTO search_documents (doc_id, generation, item_id, archived, type, cluster_id, year, item_date, issuer, number,
                number_folded, title, summary, body, people, attachment_text, extra, award_kinds, slug)
            VALUES (@DocId, @Generation, @ItemId, @Archived, @Type, @ClusterId, @Year, @ItemDate, @Issuer, @Number, @NumberFolded, @Title, @Summary, @Body,
                @People, @AttachmentText, @Extra, @AwardKinds, @Slug)
            """,
            new
            {
                DocId = docId,
                Generation = generation,
                ItemId = item.Id,
                Archived = item.PublishedVersion is null,
                item.Type,
                item.ClusterId,
                item.Year,
                item.ItemDate,
                text.Issuer,
                item.Number,
                NumberFolded = item.Number is null ? null
                    : DocumentNumber.TryParse(item.Number, out var parsed) ? parsed.Folded : VietnameseText.FoldLower(item.Number),
                item.Title,
                text.Summary,
                text.Body,
                People = string.Join("\n", text.People),
                AttachmentText = string.Join("\n", text.AttachmentKeys.Select(k => knownTexts.GetValueOrDefault(k)).OfType<string>()),
                // Words found but not shown: who issued and signed it, its type and year.
                Extra = string.Join(" ", new[] { text.Issuer, text.Signer, type.DisplayName, item.Year?.ToString(CultureInfo.InvariantCulture) }.OfType<string>()),
                AwardKinds = string.Join("\n", text.AwardKinds.Distinct()),
                item.Slug,
            },
            session.Transaction);
    }

    /// <summary>
    /// The index's documents of these items. Every row is read rather than the items named, whose number has no bound:
    /// a filter such as "in force" lets most of the archive through.
    /// </summary>
    private static async Task<IReadOnlySet<long>> DocIdsAsync(DbConnection connection, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken)
    {
        var wanted = itemIds as IReadOnlySet<string> ?? itemIds.ToHashSet(StringComparer.Ordinal);
        var rows = await connection.QueryAsync<(long DocId, string ItemId)>(new CommandDefinition(
            "SELECT doc_id AS DocId, item_id AS ItemId FROM search_documents", cancellationToken: cancellationToken));
        return rows.Where(r => wanted.Contains(r.ItemId)).Select(r => r.DocId).ToHashSet();
    }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return new SearchResult(request, 0, [],
                QueryEngine.FacetNames.ToDictionary(f => f, _ => (IReadOnlyDictionary<string, int>)new Dictionary<string, int>()));
        }
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, 1000);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var allowed = request.ItemIds is null ? null : await DocIdsAsync(connection, request.ItemIds, cancellationToken);
        var matches = await Engine.ReadAsync(connection, source => QueryEngine.Run(source, query, request, skip: (page - 1) * pageSize, take: pageSize, allowed),
            cancellationToken);
        var positions = matches.Documents.Select((document, position) => (document.DocId, position)).ToDictionary();
        var rows = matches.Documents.Count == 0 ? [] : (await connection.QueryAsync<HitRow>(new CommandDefinition($"""
            SELECT doc_id AS DocId, item_id AS ItemId, type AS Type, title AS Title, slug AS Slug, number AS Number, item_date AS ItemDate,
                cluster_id AS ClusterId, SUBSTR(summary, 1, {Reach}) AS Summary, SUBSTR(body, 1, {Reach}) AS Body,
                SUBSTR(people, 1, {Reach}) AS People, SUBSTR(attachment_text, 1, {Reach}) AS AttachmentText, archived AS Archived
            FROM search_documents WHERE {connections.Dialect.InList("doc_id", "@ids")}
            """, new { ids = positions.Keys.ToArray() }, cancellationToken: cancellationToken)))
            // A row deleted since the snapshot was taken is left out.
            .OrderBy(r => positions[r.DocId]).ToList();
        var tokens = query.Tokens;
        var hits = rows.Select(row => new SearchHit(
            row.ItemId,
            row.Type,
            row.Title,
            Highlighter.Mark(row.Title, tokens),
            row.Slug,
            row.Number,
            row.ItemDate is null ? null : DateOnly.ParseExact(row.ItemDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.ClusterId,
            Highlighter.Snippet(BestText(row, tokens), tokens),
            row.Archived)).ToList();
        return new SearchResult(request with { Page = page, PageSize = pageSize }, matches.Total, hits, matches.Facets);
    }

    /// <summary>
    /// The text a snippet is cut from: of summary, body, awards and attachments, the one holding the
    /// most of the words sought (the earlier one on a tie).
    /// </summary>
    private static string BestText(HitRow row, IReadOnlySet<string> tokens)
    {
        var sought = new HashSet<string>(tokens, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        int Found(string text)
        {
            var composed = text.Normalize(NormalizationForm.FormC);
            // Folded into a rented buffer: the texts of a page of hits are read whole, and one is shown.
            var buffer = ArrayPool<char>.Shared.Rent(composed.Length);
            try
            {
                ReadOnlySpan<char> folded = VietnameseText.TryFoldLowerComposed(composed, buffer)
                    ? buffer.AsSpan(0, composed.Length)
                    : VietnameseText.FoldLower(composed);
                var found = new HashSet<string>(StringComparer.Ordinal);
                foreach (var range in new SearchQuery.TokenRanges(folded))
                {
                    if (sought.TryGetValue(folded[range], out var token))
                    {
                        found.Add(token);
                    }
                }
                return found.Count;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
        return new[] { row.Summary, row.Body, row.People, row.AttachmentText }.OfType<string>().Where(t => t.Length > 0)
            .Select((text, order) => (Text: text, Order: order, Found: Found(text)))
            .OrderByDescending(c => c.Found).ThenBy(c => c.Order)
            .Select(c => c.Text)
            .FirstOrDefault() ?? "";
    }

    private sealed class HitRow
    {
        public long DocId { get; set; }
        public string ItemId { get; set; } = "";
        public string Type { get; set; } = "";
        public string Title { get; set; } = "";
        public string Slug { get; set; } = "";
        public string? Number { get; set; }
        public string? ItemDate { get; set; }
        public string ClusterId { get; set; } = "";
        public string? Summary { get; set; }
        public string Body { get; set; } = "";
        public string People { get; set; } = "";
        public string AttachmentText { get; set; } = "";
        public bool Archived { get; set; }
    }
}
