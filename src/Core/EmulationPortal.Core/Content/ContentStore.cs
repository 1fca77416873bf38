using System.Data.Common;
using System.Globalization;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Content;

/// <summary>
/// The repository of content items, their versions and workflow history: the only code that writes
/// their tables (<c>ContentStore.Writes.cs</c>), and the one place that tells the search index and the
/// caches. The public site reads only the published version of an item; a newer draft of a published
/// item waits beside it until it is published.
/// </summary>
public sealed partial class ContentStore
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
    private readonly IChangeFeed _changes;

    public ContentStore(IDbConnectionFactory connections, ContentTypeRegistry types, IEnumerable<IContentObserver> observers, IChangeFeed changes)
    {
        _connections = connections;
        _types = types;
        _observers = observers.ToList();
        _changes = changes;
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
            + (query.Year is null ? "" : " AND v.year = @Year")
            + (query.Ids is null ? "" : $" AND {_connections.Dialect.InList("i.id", "@Ids")}")
            + (query.Number is null ? "" : " AND v.number = @Number");
        // Only a year or number filter needs the versions to count; without them the count is read from an index of items alone.
        var counted = query.Year is null && query.Number is null
            ? "content_items i"
            : "content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version";
        var parameters = new { Types = query.Types.ToArray(), query.ClusterId, query.Year, Ids = query.Ids?.ToArray(), query.Number, Limit = pageSize, Offset = (page - 1) * pageSize };
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

    /// <summary>
    /// The published items of these types just newer and just older than this one, in the order lists show them
    /// (date, then publishing time, then id): a write-up's "previous" and "next".
    /// </summary>
    /// <remarks>
    /// Each is found by walking the versions' date index outwards from this item's date, the items joined after
    /// (CROSS JOIN keeps SQLite to that order), and only the one found is read whole. Joined the other way, every
    /// published item of the types was sorted with its data: 45 ms a page at 10,000 write-ups.
    /// </remarks>
    public async Task<ContentNeighbours> NeighboursAsync(IReadOnlyCollection<string> types, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        async Task<ContentRecord?> Next(string side, string after, string order) =>
            await connection.QueryFirstOrDefaultAsync<ContentRecord>(new CommandDefinition($"""
                WITH me AS (
                    SELECT v.item_date AS d, i.published_utc AS p, i.id AS id
                    FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
                    WHERE i.id = @id
                ), chosen AS (
                    SELECT i.id AS id
                    FROM me CROSS JOIN content_versions v CROSS JOIN content_items i
                    WHERE v.item_date {side} me.d AND i.id = v.item_id AND v.version = i.published_version
                        AND {_connections.Dialect.InList("i.type", "@types")} AND i.id <> me.id AND ({after})
                    ORDER BY {order}
                    LIMIT 1
                )
                SELECT {RecordColumns}
                FROM chosen JOIN content_items i ON i.id = chosen.id JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
                """, new { id, types = types.ToArray() }, cancellationToken: cancellationToken));
        var older = await Next("<=",
            "v.item_date < me.d OR (v.item_date = me.d AND (i.published_utc < me.p OR (i.published_utc = me.p AND i.id > me.id)))",
            "v.item_date DESC, i.published_utc DESC, i.id");
        var newer = await Next(">=",
            "v.item_date > me.d OR (v.item_date = me.d AND (i.published_utc > me.p OR (i.published_utc = me.p AND i.id < me.id)))",
            "v.item_date, i.published_utc, i.id DESC");
        return new ContentNeighbours(newer, older);
    }

    /// <summary>
    /// Every published item the query matches, read a page at a time: for lists that need the whole (a calendar's year,
    /// the consultations, the sitemap), which one page of <see cref="MaxPageSize"/> would cut short.
    /// </summary>
    public async Task<IReadOnlyList<ContentRecord>> ListAllPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var all = new List<ContentRecord>();
        for (var page = 1; page <= MaxPage; page++)
        {
            var result = await ListPublishedAsync(query with { Page = page, PageSize = MaxPageSize }, cancellationToken);
            all.AddRange(result.Items);
            if (result.Items.Count < MaxPageSize || all.Count >= result.Total)
            {
                break;
            }
        }
        return all;
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

    public async Task<ContentRecord?> GetLatestAsync(DbConnection connection, DbTransaction? transaction, string id) =>
        await connection.QuerySingleOrDefaultAsync<ContentRecord>($"""
            SELECT {RecordColumns}, i.scheduled_publish_utc AS ScheduledPublishUtc
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version
            WHERE i.id = @id
            """, new { id }, transaction);

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

    public class TransitionInfo
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

    /// <summary>Whether a live version names a media file (one look-up of the key's index).</summary>
    public async Task<bool> IsNamedLiveAsync(string mediaKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT COUNT(*) FROM content_media m
            JOIN content_items i ON i.id = m.item_id AND m.version = i.published_version
            WHERE m.media_key = @mediaKey
            """, new { mediaKey }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>The clusters whose items name a media file in any version.</summary>
    public async Task<IReadOnlyList<string>> ClustersNamingAsync(string mediaKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT DISTINCT i.cluster_id FROM content_media m JOIN content_items i ON i.id = m.item_id WHERE m.media_key = @mediaKey
            """, new { mediaKey }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The drafts deleted from these clusters (every cluster when null), the latest first.</summary>
    public async Task<IReadOnlyList<ContentDeletion>> ListDeletionsAsync(IReadOnlyCollection<string>? clusterIds, int limit,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ContentDeletion>(new CommandDefinition($"""
            SELECT item_id AS ItemId, type AS Type, cluster_id AS ClusterId, title AS Title, latest_version AS Versions,
                author AS Author, user_name AS DeletedBy, at_utc AS DeletedUtc
            FROM content_deletions
            {(clusterIds is null ? "" : $"WHERE {_connections.Dialect.InList("cluster_id", "@clusterIds")}")}
            ORDER BY at_utc DESC
            LIMIT @limit
            """, new { clusterIds = clusterIds?.ToArray(), limit }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>
    /// The newest version of items in the admin's lists, only from clusters the person works in; with
    /// <see cref="EditorQuery.Text"/>, only those whose newest version holds every word of it, folded.
    /// </summary>
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
        var patterns = FoldedWords.Patterns(query.Text);
        for (var i = 0; i < patterns.Count; i++)
        {
            where += $" AND w.words LIKE @Word{i}";
        }
        var order = query.Order switch
        {
            EditorOrder.RecentlyPublished => "i.published_utc DESC, i.id",
            EditorOrder.Scheduled => "i.scheduled_publish_utc, i.id",
            _ => "i.modified_utc DESC, i.id",
        };
        var parameters = new DynamicParameters(new
        {
            Types = query.Types?.ToArray(),
            query.ClusterId,
            Clusters = clusters?.ToArray(),
            ClusterIds = query.ClusterIds?.ToArray(),
            Status = query.Status?.ToString(),
            query.Author,
            Limit = pageSize,
            Offset = (page - 1) * pageSize,
        });
        for (var i = 0; i < patterns.Count; i++)
        {
            parameters.Add($"Word{i}", patterns[i]);
        }
        var searched = patterns.Count == 0 ? "" : "JOIN content_search_words w ON w.item_id = i.id";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"""
            SELECT COUNT(*) FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version {searched}
            WHERE {where}
            """, parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<ContentRecord>(new CommandDefinition($"""
            SELECT {RecordColumns}, i.scheduled_publish_utc AS ScheduledPublishUtc
            FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version {searched}
            WHERE {where}
            ORDER BY {order}
            LIMIT @Limit OFFSET @Offset
            """, parameters, cancellationToken: cancellationToken));
        return new PagedResult<ContentRecord>(items.AsList(), total, page, pageSize);
    }
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

/// <summary>The record of a never-published draft that was deleted: what it was, who wrote it, who deleted it and when.</summary>
public sealed class ContentDeletion
{
    public string ItemId { get; init; } = "";
    public string Type { get; init; } = "";
    public string ClusterId { get; init; } = "";
    public string Title { get; init; } = "";
    public int Versions { get; init; }
    public string Author { get; init; } = "";
    public string DeletedBy { get; init; } = "";
    public DateTime DeletedUtc { get; init; }
}
