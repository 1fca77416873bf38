using System.Data.Common;
using Dapper;

namespace EmulationPortal.Core.Content;

/// <summary>The reads an export makes: everything, in one transaction's snapshot.</summary>
public sealed partial class ContentStore
{
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

    /// <summary>A workflow step with the item it belongs to, as the export reads them all at once.</summary>
    private sealed class StoredTransition : TransitionInfo
    {
        public string ItemId { get; set; } = "";
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
        return ordered.ToLookup(r => r.ItemId, r => (TransitionInfo)r, StringComparer.Ordinal);
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
}
