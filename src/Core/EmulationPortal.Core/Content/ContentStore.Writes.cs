using System.Globalization;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Every write to <c>content_items</c>, <c>content_versions</c> and <c>content_transitions</c>, and to what is kept
/// beside them: <c>content_media</c>, <c>content_search_words</c> and <c>content_deletions</c>. Each
/// write ends in <see cref="ChangedAsync"/>, which tells the observers (the search index) inside the
/// transaction and the change feed after the commit, and only when readers can see the change.
/// </summary>
public sealed partial class ContentStore
{
    public enum SaveOutcome { Created, NewVersion, Unchanged }

    /// <summary>A new draft with its first version and the first step of its history, under a slug no other item has.</summary>
    public async Task<string> CreateDraftAsync(DataSession session, string type, string clusterId, string slugBase, string title,
        ContentData data, string author, DateTime atUtc)
    {
        var id = Guid.NewGuid().ToString("N");
        var slug = await FreeSlugAsync(session, slugBase);
        await SaveAsync(session, new ContentItemInput(id, type, clusterId, title, slug, ContentStatus.Draft, author, atUtc, atUtc, null, data));
        return id;
    }

    /// <summary>
    /// Writes an item as given: a new item, or a new version of an existing one when anything
    /// differs. Published makes that version the live one; Archived takes the item off the site;
    /// Draft and InReview leave whatever is live in place.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(DataSession session, ContentItemInput input)
    {
        var data = ContentTypeRegistry.Serialize(input.Data);
        await EnsureSlugFreeAsync(session, input.Slug, input.Id);
        var existing = await GetLatestAsync(session.Connection, session.Transaction, input.Id);
        EnsureSameType(input, existing?.Type);
        if (existing is not null && existing.Title == input.Title && existing.Data == data && existing.Status == input.Status
            && existing.ClusterId == input.ClusterId && existing.Slug == input.Slug)
        {
            return SaveOutcome.Unchanged;
        }

        var version = (existing?.LatestVersion ?? 0) + 1;
        var publishedVersion = input.Status switch
        {
            ContentStatus.Published => version,
            ContentStatus.Archived => (int?)null,
            _ => existing?.PublishedVersion,
        };
        var row = ItemRow.From(input, version, publishedVersion,
            publishedUtc: input.Status == ContentStatus.Published ? input.PublishedUtc ?? input.ModifiedUtc : existing?.PublishedUtc ?? input.PublishedUtc);
        if (existing is null)
        {
            await InsertItemAsync(session, row);
        }
        else
        {
            await session.Connection.ExecuteAsync("""
                UPDATE content_items SET cluster_id = @ClusterId, slug = @Slug, status = @Status, modified_utc = @ModifiedUtc,
                    published_utc = @PublishedUtc, latest_version = @LatestVersion, published_version = @PublishedVersion
                WHERE id = @Id
                """, row, session.Transaction);
        }
        await InsertVersionAsync(session, input.Id, version, input.Title, input.Data, input.Author, input.ModifiedUtc);
        if (existing?.Status != input.Status)
        {
            await RecordTransitionAsync(session, input.Id, version, existing?.Status, input.Status, input.Author, null, input.ModifiedUtc);
        }
        await ChangedAsync(session, input.Id, ItemState.Of(existing), new ItemState(input.Status, publishedVersion));
        return existing is null ? SaveOutcome.Created : SaveOutcome.NewVersion;
    }

    /// <summary>
    /// Adds a version to the item <paramref name="current"/> shows, only while nobody has added one since:
    /// false, with nothing written, when someone has.
    /// </summary>
    public async Task<bool> AppendVersionAsync(DataSession session, ContentRecord current, string title, string clusterId, ContentData data,
        ContentStatus status, string author, DateTime atUtc)
    {
        var version = current.LatestVersion + 1;
        // The guarded move comes before the new version's row: it locks the item's row, so a concurrent
        // save of the same version waits here and then finds the guard false (PostgreSQL re-reads the row
        // once the lock is released), instead of colliding with the winner on the versions' key.
        // SQLite's single writer never gets this far with a stale version.
        var moved = await session.Connection.ExecuteAsync("""
            UPDATE content_items SET latest_version = @version, status = @status, cluster_id = @clusterId, modified_utc = @atUtc
            WHERE id = @id AND latest_version = @expected
            """, new { id = current.Id, version, status = status.ToString(), clusterId, atUtc, expected = current.LatestVersion }, session.Transaction);
        if (moved != 1)
        {
            return false;
        }
        await InsertVersionAsync(session, current.Id, version, title, data, author, atUtc);
        if (status != current.Status)
        {
            await RecordTransitionAsync(session, current.Id, version, current.Status, status, author, null, atUtc);
        }
        await ChangedAsync(session, current.Id, ItemState.Of(current), new ItemState(status, current.PublishedVersion));
        return true;
    }

    /// <summary>A workflow step the caller has allowed: the item's status and live version become these, and the step is recorded.</summary>
    public async Task MoveAsync(DataSession session, ContentRecord current, ContentStatus to, int? publishedVersion, string userName,
        string? comment, DateTime atUtc)
    {
        await session.Connection.ExecuteAsync("""
            UPDATE content_items SET status = @status, published_version = @publishedVersion, modified_utc = @atUtc,
                published_utc = CASE WHEN @published THEN @atUtc ELSE published_utc END,
                scheduled_publish_utc = CASE WHEN @published THEN NULL ELSE scheduled_publish_utc END
            WHERE id = @id
            """,
            new { id = current.Id, status = to.ToString(), publishedVersion, atUtc, published = to == ContentStatus.Published },
            session.Transaction);
        await RecordTransitionAsync(session, current.Id, current.LatestVersion, current.Status, to, userName, comment, atUtc);
        await ChangedAsync(session, current.Id, ItemState.Of(current), new ItemState(to, publishedVersion));
    }

    /// <summary>
    /// Removes an item the caller has allowed to go (a draft never published, so neither search, the registers nor
    /// the public caches hold it), with its versions, workflow history and the media references of its versions, and
    /// records who deleted it. The files stay in the media store: another item may name the same one.
    /// </summary>
    public async Task DeleteAsync(DataSession session, ContentRecord current, string userName, DateTime atUtc)
    {
        await session.Connection.ExecuteAsync("""
            INSERT INTO content_deletions (item_id, type, cluster_id, title, slug, latest_version, author, user_name, at_utc)
            VALUES (@Id, @Type, @ClusterId, @Title, @Slug, @LatestVersion, @Author, @userName, @atUtc)
            """, new { current.Id, current.Type, current.ClusterId, current.Title, current.Slug, current.LatestVersion, current.Author, userName, atUtc },
            session.Transaction);
        foreach (var table in new[] { "content_search_words", "content_media", "content_transitions", "content_versions" })
        {
            await session.Connection.ExecuteAsync($"DELETE FROM {table} WHERE item_id = @Id", new { current.Id }, session.Transaction);
        }
        await session.Connection.ExecuteAsync("DELETE FROM content_items WHERE id = @Id", new { current.Id }, session.Transaction);
        await ChangedAsync(session, current.Id, ItemState.Of(current), ItemState.Of(null));
    }

    /// <summary>Whether the item ever went live: a draft that did cannot be deleted, its address having been public.</summary>
    public async Task<bool> WasEverPublishedAsync(DataSession session, ContentRecord current) =>
        current.PublishedVersion is not null || current.PublishedUtc is not null
        || await session.Connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM content_transitions WHERE item_id = @Id AND to_status = 'Published'", new { current.Id }, session.Transaction) > 0;

    /// <summary>
    /// Sets (or, with null, clears) an item's planned publication. Schedules show only in the admin, which
    /// is never cached: nobody is told; the publication itself tells them.
    /// </summary>
    public Task SetScheduleAsync(DataSession session, string itemId, DateTime? atUtc, string? scheduledBy) =>
        session.Connection.ExecuteAsync(
            "UPDATE content_items SET scheduled_publish_utc = @atUtc, scheduled_by = @scheduledBy WHERE id = @itemId",
            new { itemId, atUtc, scheduledBy = atUtc is null ? null : scheduledBy }, session.Transaction);

    /// <summary>Items whose planned publication is due, the earliest first.</summary>
    public async Task<IReadOnlyList<string>> ListDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM content_items WHERE scheduled_publish_utc IS NOT NULL AND scheduled_publish_utc <= @nowUtc ORDER BY scheduled_publish_utc",
            new { nowUtc }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Who planned the item's publication, once its schedule is cleared in this session; null when another session claimed it first.</summary>
    public async Task<ScheduleClaim?> ClaimScheduleAsync(DataSession session, string itemId)
    {
        var scheduledBy = await session.Connection.ExecuteScalarAsync<string?>(
            "SELECT scheduled_by FROM content_items WHERE id = @itemId AND scheduled_publish_utc IS NOT NULL", new { itemId }, session.Transaction);
        var claimed = await session.Connection.ExecuteAsync(
            "UPDATE content_items SET scheduled_publish_utc = NULL, scheduled_by = NULL WHERE id = @itemId AND scheduled_publish_utc IS NOT NULL",
            new { itemId }, session.Transaction);
        return claimed == 1 ? new ScheduleClaim(scheduledBy) : null;
    }

    public sealed record ScheduleClaim(string? ScheduledBy);

    /// <summary>
    /// Writes an item exactly as a recipe describes it, versions and workflow history included: the
    /// same version numbers, authors, times and data, the transitions as given (none is added), and
    /// the schedule. An item that exists loses its versions and history for the recipe's.
    /// </summary>
    public async Task<SaveOutcome> WriteWithHistoryAsync(DataSession session, ContentItemHistory history)
    {
        var input = history.Item;
        if (history.Versions.Count == 0)
        {
            throw new ArgumentException("An item needs at least one version.", nameof(history));
        }
        await EnsureSlugFreeAsync(session, input.Slug, input.Id);
        var existing = await session.Connection.QuerySingleOrDefaultAsync<ContentRecord>(
            "SELECT type AS Type, status AS Status, published_version AS PublishedVersion FROM content_items WHERE id = @Id",
            new { input.Id }, session.Transaction);
        EnsureSameType(input, existing?.Type);

        var row = ItemRow.From(input, history.Versions[^1].Version, history.PublishedVersion, input.PublishedUtc) with
        {
            ScheduledPublishUtc = history.ScheduledPublishUtc,
            ScheduledBy = history.ScheduledPublishUtc is null ? null : history.ScheduledBy,
        };
        if (existing is null)
        {
            await InsertItemAsync(session, row);
        }
        else
        {
            await session.Connection.ExecuteAsync("DELETE FROM content_transitions WHERE item_id = @Id", row, session.Transaction);
            await session.Connection.ExecuteAsync("DELETE FROM content_media WHERE item_id = @Id", row, session.Transaction);
            await session.Connection.ExecuteAsync("DELETE FROM content_versions WHERE item_id = @Id", row, session.Transaction);
            await session.Connection.ExecuteAsync("""
                UPDATE content_items SET cluster_id = @ClusterId, slug = @Slug, status = @Status, author = @Author,
                    created_utc = @CreatedUtc, modified_utc = @ModifiedUtc, published_utc = @PublishedUtc,
                    latest_version = @LatestVersion, published_version = @PublishedVersion,
                    scheduled_publish_utc = @ScheduledPublishUtc, scheduled_by = @ScheduledBy
                WHERE id = @Id
                """, row, session.Transaction);
        }
        foreach (var version in history.Versions)
        {
            await InsertVersionAsync(session, input.Id, version.Version, version.Title, version.Data, version.Author, version.CreatedUtc);
        }
        foreach (var step in history.Transitions)
        {
            await RecordTransitionAsync(session, input.Id, step.Version, step.From, step.To, step.UserName, step.Comment, step.AtUtc);
        }
        await ChangedAsync(session, input.Id, ItemState.Of(existing), new ItemState(input.Status, history.PublishedVersion));
        return existing is null ? SaveOutcome.Created : SaveOutcome.NewVersion;
    }

    /// <summary>
    /// An attachment's text was read: the items whose live or newest version names it are indexed again,
    /// so search finds them by it.
    /// </summary>
    public async Task AttachmentTextChangedAsync(DataSession session, string mediaKey)
    {
        var items = await session.Connection.QueryAsync<ContentRecord>("""
            SELECT DISTINCT i.id AS Id, i.status AS Status, i.published_version AS PublishedVersion
            FROM content_media m JOIN content_items i ON i.id = m.item_id
            WHERE m.media_key = @mediaKey AND (m.version = i.published_version OR m.version = i.latest_version)
            """, new { mediaKey }, session.Transaction);
        foreach (var item in items)
        {
            var state = ItemState.Of(item);
            await ChangedAsync(session, item.Id, state, state);
        }
    }

    /// <summary>
    /// Tells who depends on an item of a change readers can see: the item was or is searchable (the search
    /// index, inside the transaction, so it changes with the content or not at all), and it had or has a
    /// live version (the caches of public pages on every node, after the commit). Drafts and reviews of an
    /// item never published show only in the admin, which is never cached and never searched.
    /// </summary>
    private async Task ChangedAsync(DataSession session, string itemId, ItemState before, ItemState after)
    {
        if (before.Searchable || after.Searchable)
        {
            foreach (var observer in _observers)
            {
                await observer.ItemChangedAsync(session, itemId);
            }
        }
        if (before.Public || after.Public)
        {
            _changes.PublishAfterCommit(session, ChangeTopics.Content);
        }
    }

    /// <summary>What of an item readers can see: its live version, and whether it is archived (which staff find in search).</summary>
    private readonly record struct ItemState(ContentStatus Status, int? PublishedVersion)
    {
        public static ItemState Of(ContentRecord? item) =>
            item is null ? new ItemState(ContentStatus.Draft, null) : new ItemState(item.Status, item.PublishedVersion);

        public bool Public => PublishedVersion is not null;

        public bool Searchable => Public || Status == ContentStatus.Archived;
    }

    /// <summary>An item's own row as it is inserted.</summary>
    private sealed record ItemRow(string Id, string Type, string ClusterId, string Slug, string Status, string Author,
        DateTime CreatedUtc, DateTime ModifiedUtc, DateTime? PublishedUtc, int LatestVersion, int? PublishedVersion)
    {
        public DateTime? ScheduledPublishUtc { get; init; }
        public string? ScheduledBy { get; init; }

        public static ItemRow From(ContentItemInput input, int latestVersion, int? publishedVersion, DateTime? publishedUtc) =>
            new(input.Id, input.Type, input.ClusterId, input.Slug, input.Status.ToString(), input.Author, input.CreatedUtc, input.ModifiedUtc,
                publishedUtc, latestVersion, publishedVersion);
    }

    private static Task InsertItemAsync(DataSession session, ItemRow row) =>
        session.Connection.ExecuteAsync("""
            INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc,
                latest_version, published_version, scheduled_publish_utc, scheduled_by)
            VALUES (@Id, @Type, @ClusterId, @Slug, @Status, @Author, @CreatedUtc, @ModifiedUtc, @PublishedUtc,
                @LatestVersion, @PublishedVersion, @ScheduledPublishUtc, @ScheduledBy)
            """, row, session.Transaction);

    /// <summary>A version's row, and the media files it names (<c>content_media</c>, read by key).</summary>
    private async Task InsertVersionAsync(DataSession session, string itemId, int version, string title, ContentData data, string author, DateTime atUtc)
    {
        var item = _types.Find(data.GetType()) ?? throw new InvalidOperationException($"No content type stores {data.GetType().Name}.");
        var facts = item.Describe(data);
        await session.Connection.ExecuteAsync("""
            INSERT INTO content_versions (item_id, version, title, item_date, year, number, data, author, created_utc)
            VALUES (@itemId, @version, @title, @ItemDate, @Year, @Number, @Data, @author, @atUtc)
            """,
            new
            {
                itemId,
                version,
                title,
                ItemDate = facts.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                facts.Year,
                facts.Number,
                Data = ContentTypeRegistry.Serialize(data),
                author,
                atUtc,
            },
            session.Transaction);
        // Versions are written oldest first, so the newest, the one the admin's search reads, is written last.
        await SetSearchWordsAsync(session, itemId, SearchWords(item, title, facts.Number, data));
        var keys = data.MediaFiles.Select(f => f.File.File).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(mediaKey => new { itemId, version, mediaKey });
        await session.Connection.ExecuteAsync(
            "INSERT INTO content_media (item_id, version, media_key) VALUES (@itemId, @version, @mediaKey)", keys, session.Transaction);
    }

    /// <summary>What the admin's search finds an item by: its title, number and the text the public search reads of it.</summary>
    private static string SearchWords(IContentType type, string title, string? number, ContentData data)
    {
        var text = type.SearchText(data);
        return FoldedWords.Of([title, number, text.Summary, text.Body, text.Issuer, text.Signer, .. text.People]);
    }

    private static async Task SetSearchWordsAsync(DataSession session, string itemId, string words)
    {
        await session.Connection.ExecuteAsync("DELETE FROM content_search_words WHERE item_id = @itemId", new { itemId }, session.Transaction);
        await session.Connection.ExecuteAsync(
            "INSERT INTO content_search_words (item_id, words) VALUES (@itemId, @words)", new { itemId, words }, session.Transaction);
    }

    /// <summary>
    /// Gives the newest versions saved before the admin's search existed their words, a batch at a time; a version of
    /// a type no module defines any longer gets none to search, but is not read again. The items missing words are
    /// found by their keys alone: a site whose items all have them (every start but the first) reads no version.
    /// </summary>
    public async Task<int> FillMissingSearchWordsAsync(CancellationToken cancellationToken = default)
    {
        const int batch = 500;
        var filled = 0;
        while (true)
        {
            await using var session = await _connections.BeginSessionAsync(cancellationToken);
            var rows = (await session.Connection.QueryAsync<ContentRecord>("""
                SELECT i.id AS Id, i.type AS Type, v.title AS Title, v.number AS Number, v.data AS Data
                FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version
                WHERE i.id IN (SELECT m.id FROM content_items m WHERE NOT EXISTS (SELECT 1 FROM content_search_words w WHERE w.item_id = m.id) LIMIT @batch)
                """, new { batch }, session.Transaction)).AsList();
            foreach (var row in rows)
            {
                await SetSearchWordsAsync(session, row.Id,
                    _types.Find(row.Type) is { } type ? SearchWords(type, row.Title, row.Number, _types.Deserialize(row.Type, row.Data)) : " ");
            }
            await session.CommitAsync(cancellationToken);
            filled += rows.Count;
            if (rows.Count < batch)
            {
                return filled;
            }
        }
    }

    private static Task RecordTransitionAsync(DataSession session, string itemId, int version,
        ContentStatus? from, ContentStatus to, string userName, string? comment, DateTime atUtc) =>
        session.Connection.ExecuteAsync("""
            INSERT INTO content_transitions (item_id, version, from_status, to_status, user_name, comment, at_utc)
            VALUES (@itemId, @version, @from, @to, @userName, @comment, @atUtc)
            """, new { itemId, version, from = from?.ToString(), to = to.ToString(), userName, comment, atUtc }, session.Transaction);

    private static async Task EnsureSlugFreeAsync(DataSession session, string slug, string itemId)
    {
        var owner = await session.Connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM content_items WHERE slug = @slug", new { slug }, session.Transaction);
        if (owner is not null && owner != itemId)
        {
            throw new DuplicateSlugException(slug, owner);
        }
    }

    private static void EnsureSameType(ContentItemInput input, string? existingType)
    {
        if (existingType is not null && existingType != input.Type)
        {
            throw new InvalidOperationException($"Item {input.Id} is a {existingType}, not a {input.Type}.");
        }
    }

    /// <summary><paramref name="slug"/>, or the first of slug-2, slug-3… no item has.</summary>
    private static async Task<string> FreeSlugAsync(DataSession session, string slug)
    {
        var taken = (await session.Connection.QueryAsync<string>(
            "SELECT slug FROM content_items WHERE slug = @slug OR slug LIKE @prefix", new { slug, prefix = slug + "-%" },
            session.Transaction)).ToHashSet();
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }
}
