using System.Data.Common;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Search;

/// <summary>
/// The content search shows, read from the core's tables for the search index: of each item the version
/// readers may find, the published one or an archived item's last. Apart from the repository (which tells
/// the index of changes) so that the index can read it without depending on what notifies it.
/// </summary>
public sealed class SearchableContent
{
    private const string Items = """
        SELECT i.id AS Id, i.type AS Type, i.cluster_id AS ClusterId, i.slug AS Slug, i.published_version AS PublishedVersion,
            v.title AS Title, v.item_date AS ItemDate, v.year AS Year, v.number AS Number, v.data AS Data
        FROM content_items i
        JOIN content_versions v ON v.item_id = i.id
            AND v.version = COALESCE(i.published_version, CASE WHEN i.status = 'Archived' THEN i.latest_version END)
        """;

    /// <summary>The item as search shows it, or null when search does not show it.</summary>
    public Task<ContentRecord?> GetAsync(DataSession session, string itemId) =>
        session.Connection.QuerySingleOrDefaultAsync<ContentRecord>($"{Items} WHERE i.id = @itemId", new { itemId }, session.Transaction);

    /// <summary>Every item search shows, by id.</summary>
    public async Task<IReadOnlyList<ContentRecord>> ListAsync(DataSession session) =>
        (await session.Connection.QueryAsync<ContentRecord>($"{Items} ORDER BY i.id", transaction: session.Transaction)).AsList();

    /// <summary>How many items search shows.</summary>
    public static Task<int> CountAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items WHERE published_version IS NOT NULL OR status = 'Archived'");
}

/// <summary>The text read out of attachments (by the Media module), for search.</summary>
public interface IAttachmentTexts
{
    /// <summary>The texts read so far of these files (of every file when <paramref name="keys"/> is null), by key.</summary>
    Task<IReadOnlyDictionary<string, string>> TextsAsync(DataSession session, IReadOnlyCollection<string>? keys = null);
}
