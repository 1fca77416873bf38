using System.Data.Common;
using System.Globalization;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Reads and writes content items and their versions. The public site reads only the published
/// version of an item; a newer draft of a published item waits beside it until it is published.
/// </summary>
public sealed class ContentStore
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// The last page number a list answers; any larger one reads as it. Far beyond any real list, and small
    /// enough that the row offset (page - 1) × size can never overflow into a negative OFFSET.
    /// </summary>
    public const int MaxPage = 100_000;

    private const string RecordColumns = """
        i.id AS Id, i.type AS Type, i.cluster_id AS ClusterId, i.slug AS Slug, i.status AS Status,
        i.author AS Author, i.created_utc AS CreatedUtc, i.modified_utc AS ModifiedUtc,
        i.published_utc AS PublishedUtc, i.latest_version AS LatestVersion,
        i.published_version AS PublishedVersion, v.version AS Version, v.title AS Title,
        v.item_date AS ItemDate, v.year AS Year, v.number AS Number, v.data AS Data,
        v.author AS VersionAuthor, v.created_utc AS VersionCreatedUtc
        """;

    private readonly IDbConnectionFactory _connections;
    private readonly ContentTypeRegistry _types;
    private readonly IReadOnlyList<IContentObserver> _observers;

    public ContentStore(IDbConnectionFactory connections, ContentTypeRegistry types, IEnumerable<IContentObserver> observers)
    {
        _connections = connections;
        _types = types;
        _observers = observers.ToList();
    }

    /// <summary>Tells every observer (the search index) about a change, inside its transaction.</summary>
    public async Task NotifyChangedAsync(DbConnection connection, DbTransaction transaction, string itemId)
    {
        foreach (var observer in _observers)
        {
            await observer.ItemChangedAsync(connection, transaction, itemId);
        }
    }

    public async Task<ContentRecord?> GetPublishedBySlugAsync(IReadOnlyCollection<string> types, string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ContentRecord>(new CommandDefinition($"""
            SELECT {RecordColumns}
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
            WHERE i.slug = @slug AND {_connections.Dialect.InList("i.type", "@types")}
            """, new { slug, types = types.ToArray() }, cancellationToken: cancellationToken));
    }

    public async Task<PagedResult<ContentRecord>> ListPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var where = $"i.published_version IS NOT NULL AND {_connections.Dialect.InList("i.type", "@Types")}"
            + (query.ClusterId is null ? "" : " AND i.cluster_id = @ClusterId")
            + (query.Year is null ? "" : " AND v.year = @Year");
        // Only a year filter needs the versions to count; without it the count is read from an index of items alone.
        var counted = query.Year is null
            ? "content_items i"
            : "content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version";
        var parameters = new { Types = query.Types.ToArray(), query.ClusterId, query.Year, Limit = pageSize, Offset = (page - 1) * pageSize };
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {counted} WHERE {where}", parameters, cancellationToken: cancellationToken));
        // The page is chosen by sorting keys alone, and only its rows are read whole: sorting every
        // published row with its JSON data made a list cost milliseconds per thousand items.
        var items = await connection.QueryAsync<ContentRecord>(new CommandDefinition($"""
            SELECT {RecordColumns}
            FROM (
                SELECT i.id AS id FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
                WHERE {where}
                ORDER BY v.item_date DESC, i.published_utc DESC, i.id
                LIMIT @Limit OFFSET @Offset
            ) chosen
            JOIN content_items i ON i.id = chosen.id
            JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
            ORDER BY v.item_date DESC, i.published_utc DESC, i.id
            """, parameters, cancellationToken: cancellationToken));
        return new PagedResult<ContentRecord>(items.AsList(), total, page, pageSize);
    }

    /// <summary>The years that have published items of these types, newest first, for filters.</summary>
    public async Task<IReadOnlyList<int>> PublishedYearsAsync(IReadOnlyCollection<string> types, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var years = await connection.QueryAsync<int>(new CommandDefinition($"""
            SELECT DISTINCT v.year FROM content_items i
            JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
            WHERE i.published_version IS NOT NULL AND v.year IS NOT NULL AND {_connections.Dialect.InList("i.type", "@types")}
            {(clusterId is null ? "" : "AND i.cluster_id = @clusterId")}
            ORDER BY v.year DESC
            """, new { types = types.ToArray(), clusterId }, cancellationToken: cancellationToken));
        return years.AsList();
    }

    /// <summary>The newest version of every item, whatever its status: what an export writes.</summary>
    public async Task<IReadOnlyList<ContentRecord>> ListLatestAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var items = await connection.QueryAsync<ContentRecord>($"""
            SELECT {RecordColumns}
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version
            ORDER BY i.type, i.cluster_id, v.item_date, i.id
            """, transaction: transaction);
        return items.AsList();
    }

    public async Task<ContentRecord?> GetLatestAsync(DbConnection connection, DbTransaction? transaction, string id) =>
        await connection.QuerySingleOrDefaultAsync<ContentRecord>($"""
            SELECT {RecordColumns}, i.scheduled_publish_utc AS ScheduledPublishUtc
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version
            WHERE i.id = @id
            """, new { id }, transaction);

    public enum SaveOutcome { Created, NewVersion, Unchanged }

    /// <summary>
    /// Writes an item as given: a new item, or a new version of an existing one when anything
    /// differs. Published makes that version the live one; Archived takes the item off the site;
    /// Draft and InReview leave whatever is live in place.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(DbConnection connection, DbTransaction transaction, ContentItemInput input)
    {
        var data = ContentTypeRegistry.Serialize(input.Data);
        var slugOwner = await connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM content_items WHERE slug = @Slug", new { input.Slug }, transaction);
        if (slugOwner is not null && slugOwner != input.Id)
        {
            throw new DuplicateSlugException(input.Slug, slugOwner);
        }

        var existing = await GetLatestAsync(connection, transaction, input.Id);
        if (existing is not null && existing.Type != input.Type)
        {
            throw new InvalidOperationException($"Item {input.Id} is a {existing.Type}, not a {input.Type}.");
        }
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
        var publishedUtc = input.Status == ContentStatus.Published ? input.PublishedUtc ?? input.ModifiedUtc : existing?.PublishedUtc ?? input.PublishedUtc;
        var row = new
        {
            input.Id,
            input.Type,
            input.ClusterId,
            input.Slug,
            Status = input.Status.ToString(),
            input.Author,
            input.CreatedUtc,
            input.ModifiedUtc,
            PublishedUtc = publishedUtc,
            Version = version,
            PublishedVersion = publishedVersion,
        };
        if (existing is null)
        {
            await connection.ExecuteAsync("""
                INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc, latest_version, published_version)
                VALUES (@Id, @Type, @ClusterId, @Slug, @Status, @Author, @CreatedUtc, @ModifiedUtc, @PublishedUtc, @Version, NULL)
                """, row, transaction);
        }
        await InsertVersionAsync(connection, transaction, input.Id, version, input.Title, input.Data, input.Author, input.ModifiedUtc);
        await connection.ExecuteAsync("""
            UPDATE content_items SET cluster_id = @ClusterId, slug = @Slug, status = @Status, modified_utc = @ModifiedUtc,
                published_utc = @PublishedUtc, latest_version = @Version, published_version = @PublishedVersion
            WHERE id = @Id
            """, row, transaction);
        if (existing?.Status != input.Status)
        {
            await RecordTransitionAsync(connection, transaction, input.Id, version, existing?.Status, input.Status, input.Author, null, input.ModifiedUtc);
        }
        await NotifyChangedAsync(connection, transaction, input.Id);
        return existing is null ? SaveOutcome.Created : SaveOutcome.NewVersion;
    }

    /// <summary>Adds a version; the caller moves the item's pointers to it.</summary>
    public Task InsertVersionAsync(DbConnection connection, DbTransaction transaction, string itemId, int version,
        string title, ContentData data, string author, DateTime atUtc)
    {
        var item = _types.Find(data.GetType()) ?? throw new InvalidOperationException($"No content type stores {data.GetType().Name}.");
        var facts = item.Describe(data);
        return connection.ExecuteAsync("""
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
            transaction);
    }

    public async Task<ContentRecord?> GetLatestAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await GetLatestAsync(connection, null, id);
    }

    public async Task<ContentRecord?> GetVersionAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ContentRecord>(new CommandDefinition($"""
            SELECT {RecordColumns}
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = @version
            WHERE i.id = @id
            """, new { id, version }, cancellationToken: cancellationToken));
    }

    public sealed class VersionInfo
    {
        public int Version { get; set; }
        public string Title { get; set; } = "";
        public string Author { get; set; } = "";
        public DateTime CreatedUtc { get; set; }
    }

    public async Task<IReadOnlyList<VersionInfo>> ListVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<VersionInfo>(new CommandDefinition("""
            SELECT version AS Version, title AS Title, author AS Author, created_utc AS CreatedUtc
            FROM content_versions WHERE item_id = @id ORDER BY version DESC
            """, new { id }, cancellationToken: cancellationToken))).AsList();
    }

    public sealed class TransitionInfo
    {
        public int Version { get; set; }
        public ContentStatus? FromStatus { get; set; }
        public ContentStatus ToStatus { get; set; }
        public string UserName { get; set; } = "";
        public string? Comment { get; set; }
        public DateTime AtUtc { get; set; }
    }

    public async Task<IReadOnlyList<TransitionInfo>> ListTransitionsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TransitionInfo>(new CommandDefinition("""
            SELECT version AS Version, from_status AS FromStatus, to_status AS ToStatus, user_name AS UserName,
                comment AS Comment, at_utc AS AtUtc
            FROM content_transitions WHERE item_id = @id ORDER BY at_utc DESC, version DESC
            """, new { id }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The newest version of items in the admin's lists, only from clusters the person works in.</summary>
    public async Task<PagedResult<ContentRecord>> ListForEditorsAsync(EditorQuery query, ContentAccess access, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var clusters = access.SeesAllClusters ? null : access.Clusters.Keys.ToList();
        if (clusters is { Count: 0 })
        {
            return new PagedResult<ContentRecord>([], 0, page, pageSize);
        }
        var where = "1 = 1"
            + (query.Types is null ? "" : $" AND {_connections.Dialect.InList("i.type", "@Types")}")
            + (query.ClusterId is null ? "" : " AND i.cluster_id = @ClusterId")
            + (clusters is null ? "" : $" AND {_connections.Dialect.InList("i.cluster_id", "@Clusters")}")
            + (query.ClusterIds is null ? "" : $" AND {_connections.Dialect.InList("i.cluster_id", "@ClusterIds")}")
            + (query.Status is null ? "" : " AND i.status = @Status")
            + (query.Author is null ? "" : " AND v.author = @Author")
            + (query.ScheduledOnly ? " AND i.scheduled_publish_utc IS NOT NULL" : "");
        var order = query.Order switch
        {
            EditorOrder.RecentlyPublished => "i.published_utc DESC, i.id",
            EditorOrder.Scheduled => "i.scheduled_publish_utc, i.id",
            _ => "i.modified_utc DESC, i.id",
        };
        var parameters = new
        {
            Types = query.Types?.ToArray(),
            query.ClusterId,
            Clusters = clusters?.ToArray(),
            ClusterIds = query.ClusterIds?.ToArray(),
            Status = query.Status?.ToString(),
            query.Author,
            Limit = pageSize,
            Offset = (page - 1) * pageSize,
        };
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"""
            SELECT COUNT(*) FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version
            WHERE {where}
            """, parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<ContentRecord>(new CommandDefinition($"""
            SELECT {RecordColumns}, i.scheduled_publish_utc AS ScheduledPublishUtc
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version
            WHERE {where}
            ORDER BY {order}
            LIMIT @Limit OFFSET @Offset
            """, parameters, cancellationToken: cancellationToken));
        return new PagedResult<ContentRecord>(items.AsList(), total, page, pageSize);
    }

    /// <summary>
    /// Writes an item exactly as a recipe describes it, versions and workflow history included: the
    /// same version numbers, authors, times and data, the transitions as given (none is added), and
    /// the schedule. An item that exists loses its versions and history for the recipe's.
    /// </summary>
    public async Task<SaveOutcome> WriteWithHistoryAsync(DbConnection connection, DbTransaction transaction, ContentItemHistory history)
    {
        var input = history.Item;
        if (history.Versions.Count == 0)
        {
            throw new ArgumentException("An item needs at least one version.", nameof(history));
        }
        var slugOwner = await connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM content_items WHERE slug = @Slug", new { input.Slug }, transaction);
        if (slugOwner is not null && slugOwner != input.Id)
        {
            throw new DuplicateSlugException(input.Slug, slugOwner);
        }
        var existingType = await connection.ExecuteScalarAsync<string?>(
            "SELECT type FROM content_items WHERE id = @Id", new { input.Id }, transaction);
        if (existingType is not null && existingType != input.Type)
        {
            throw new InvalidOperationException($"Item {input.Id} is a {existingType}, not a {input.Type}.");
        }

        var row = new
        {
            input.Id,
            input.Type,
            input.ClusterId,
            input.Slug,
            Status = input.Status.ToString(),
            input.Author,
            input.CreatedUtc,
            input.ModifiedUtc,
            input.PublishedUtc,
            LatestVersion = history.Versions[^1].Version,
            history.PublishedVersion,
            history.ScheduledPublishUtc,
            ScheduledBy = history.ScheduledPublishUtc is null ? null : history.ScheduledBy,
        };
        if (existingType is null)
        {
            await connection.ExecuteAsync("""
                INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc,
                    latest_version, published_version, scheduled_publish_utc, scheduled_by)
                VALUES (@Id, @Type, @ClusterId, @Slug, @Status, @Author, @CreatedUtc, @ModifiedUtc, @PublishedUtc,
                    @LatestVersion, @PublishedVersion, @ScheduledPublishUtc, @ScheduledBy)
                """, row, transaction);
        }
        else
        {
            await connection.ExecuteAsync("DELETE FROM content_transitions WHERE item_id = @Id", row, transaction);
            await connection.ExecuteAsync("DELETE FROM content_versions WHERE item_id = @Id", row, transaction);
            await connection.ExecuteAsync("""
                UPDATE content_items SET cluster_id = @ClusterId, slug = @Slug, status = @Status, author = @Author,
                    created_utc = @CreatedUtc, modified_utc = @ModifiedUtc, published_utc = @PublishedUtc,
                    latest_version = @LatestVersion, published_version = @PublishedVersion,
                    scheduled_publish_utc = @ScheduledPublishUtc, scheduled_by = @ScheduledBy
                WHERE id = @Id
                """, row, transaction);
        }
        foreach (var version in history.Versions)
        {
            await InsertVersionAsync(connection, transaction, input.Id, version.Version, version.Title, version.Data, version.Author, version.CreatedUtc);
        }
        foreach (var step in history.Transitions)
        {
            await RecordTransitionAsync(connection, transaction, input.Id, step.Version, step.From, step.To, step.UserName, step.Comment, step.AtUtc);
        }
        await NotifyChangedAsync(connection, transaction, input.Id);
        return existingType is null ? SaveOutcome.Created : SaveOutcome.NewVersion;
    }

    /// <summary>Sets (or, with null, clears) an item's planned publication, as a recipe gives it.</summary>
    public Task SetScheduleAsync(DbConnection connection, DbTransaction transaction, string itemId, DateTime? atUtc, string? scheduledBy) =>
        connection.ExecuteAsync(
            "UPDATE content_items SET scheduled_publish_utc = @atUtc, scheduled_by = @scheduledBy WHERE id = @itemId",
            new { itemId, atUtc, scheduledBy = atUtc is null ? null : scheduledBy }, transaction);

    /// <summary>One saved version with its data, as an export writes it.</summary>
    public sealed class StoredVersion
    {
        public string ItemId { get; set; } = "";
        public int Version { get; set; }
        public string Title { get; set; } = "";
        public string Author { get; set; } = "";
        public DateTime CreatedUtc { get; set; }
        public string Data { get; set; } = "{}";
    }

    /// <summary>Every version of every item, oldest first per item: what an export writes.</summary>
    public async Task<ILookup<string, StoredVersion>> ListAllVersionsAsync(DbConnection connection, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<StoredVersion>("""
            SELECT item_id AS ItemId, version AS Version, title AS Title, author AS Author, created_utc AS CreatedUtc, data AS Data
            FROM content_versions ORDER BY item_id, version
            """, transaction: transaction)).ToLookup(v => v.ItemId, StringComparer.Ordinal);

    private sealed class StoredTransition
    {
        public string ItemId { get; set; } = "";
        public int Version { get; set; }
        public ContentStatus? FromStatus { get; set; }
        public ContentStatus ToStatus { get; set; }
        public string UserName { get; set; } = "";
        public string? Comment { get; set; }
        public DateTime AtUtc { get; set; }
    }

    /// <summary>
    /// Every item's workflow history in the order it happened, for an export. The table keeps no
    /// sequence, so steps recorded at the same instant for the same version are put in the order
    /// that chains them (each step starting where the one before ended), whatever order the
    /// database returns them in: an export of the same site is always the same.
    /// </summary>
    public async Task<ILookup<string, TransitionInfo>> ListAllTransitionsAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = (await connection.QueryAsync<StoredTransition>("""
            SELECT item_id AS ItemId, version AS Version, from_status AS FromStatus, to_status AS ToStatus,
                user_name AS UserName, comment AS Comment, at_utc AS AtUtc
            FROM content_transitions
            """, transaction: transaction)).AsList();
        var ordered = new List<StoredTransition>(rows.Count);
        foreach (var item in rows.GroupBy(r => r.ItemId, StringComparer.Ordinal))
        {
            ContentStatus? current = null;
            foreach (var tie in item.GroupBy(r => (r.AtUtc, r.Version)).OrderBy(g => g.Key.AtUtc).ThenBy(g => g.Key.Version))
            {
                var pending = tie
                    .OrderBy(r => r.FromStatus.HasValue).ThenBy(r => r.FromStatus).ThenBy(r => r.ToStatus)
                    .ThenBy(r => r.UserName, StringComparer.Ordinal).ThenBy(r => r.Comment, StringComparer.Ordinal)
                    .ToList();
                while (pending.Count > 0)
                {
                    var next = pending.FirstOrDefault(r => r.FromStatus == current) ?? pending[0];
                    pending.Remove(next);
                    ordered.Add(next);
                    current = next.ToStatus;
                }
            }
        }
        return ordered.ToLookup(r => r.ItemId, r => new TransitionInfo
        {
            Version = r.Version,
            FromStatus = r.FromStatus,
            ToStatus = r.ToStatus,
            UserName = r.UserName,
            Comment = r.Comment,
            AtUtc = r.AtUtc,
        }, StringComparer.Ordinal);
    }

    public sealed class ScheduleInfo
    {
        public string Id { get; set; } = "";
        public DateTime AtUtc { get; set; }
        public string? By { get; set; }
    }

    /// <summary>Items with a planned publication: when, and who planned it.</summary>
    public async Task<IReadOnlyDictionary<string, ScheduleInfo>> ListSchedulesAsync(DbConnection connection, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<ScheduleInfo>("""
            SELECT id AS Id, scheduled_publish_utc AS AtUtc, scheduled_by AS By FROM content_items WHERE scheduled_publish_utc IS NOT NULL
            """, transaction: transaction)).ToDictionary(s => s.Id, StringComparer.Ordinal);

    public static Task RecordTransitionAsync(DbConnection connection, DbTransaction transaction, string itemId, int version,
        ContentStatus? from, ContentStatus to, string userName, string? comment, DateTime atUtc) =>
        connection.ExecuteAsync("""
            INSERT INTO content_transitions (item_id, version, from_status, to_status, user_name, comment, at_utc)
            VALUES (@itemId, @version, @from, @to, @userName, @comment, @atUtc)
            """, new { itemId, version, from = from?.ToString(), to = to.ToString(), userName, comment, atUtc }, transaction);
}

/// <summary>One version of an item as a recipe gives it.</summary>
public sealed record ContentVersionInput(int Version, string Title, string Author, DateTime CreatedUtc, ContentData Data);

/// <summary>One workflow step of an item as a recipe gives it.</summary>
public sealed record ContentTransitionInput(int Version, ContentStatus? From, ContentStatus To, string UserName, string? Comment, DateTime AtUtc);

/// <summary>
/// An item with everything it went through: its versions (oldest first; the last is the latest),
/// the live one, its workflow history and its schedule. <see cref="ContentItemInput.Title"/> and
/// <see cref="ContentItemInput.Data"/> of <see cref="Item"/> are the latest version's.
/// </summary>
public sealed record ContentItemHistory(
    ContentItemInput Item,
    IReadOnlyList<ContentVersionInput> Versions,
    int? PublishedVersion,
    IReadOnlyList<ContentTransitionInput> Transitions,
    DateTime? ScheduledPublishUtc,
    string? ScheduledBy);

public sealed class DuplicateSlugException(string slug, string ownerId)
    : Exception($"The slug '{slug}' is already used by item '{ownerId}'.")
{
    public string Slug { get; } = slug;
}
