using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Clusters.Services;

/// <summary>
/// When a cluster's year is published naming the leader and deputy the year-end conference elected, the next year's
/// term takes them, in the same transaction; a term not yet there is opened with the year's members, as an
/// administrator opening it would copy them.
/// </summary>
public sealed class NextTermFromYear(SearchableContent content, ContentTypeRegistry types, IChangeFeed changes) : IContentObserver
{
    public async Task ItemChangedAsync(DataSession session, string itemId)
    {
        if (await content.GetAsync(session, itemId) is not { Type: ClusterYearType.TypeName, PublishedVersion: not null } item)
        {
            return;
        }
        var data = types.Deserialize<ClusterYearData>(item);
        var leader = await UnitOrNullAsync(session, data.NextLeader);
        var deputy = await UnitOrNullAsync(session, data.NextDeputy);
        if (leader is null && deputy is null)
        {
            return;
        }
        var next = new { ClusterId = item.ClusterId, Year = data.Year + 1, Leader = leader, Deputy = deputy };
        var exists = await session.Connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM cluster_terms WHERE cluster_id = @ClusterId AND year = @Year", next, session.Transaction) > 0;
        if (exists)
        {
            await session.Connection.ExecuteAsync("""
                UPDATE cluster_terms SET leader_unit_id = COALESCE(@Leader, leader_unit_id), deputy_unit_id = COALESCE(@Deputy, deputy_unit_id)
                WHERE cluster_id = @ClusterId AND year = @Year
                """, next, session.Transaction);
        }
        else
        {
            await session.Connection.ExecuteAsync(
                "INSERT INTO cluster_terms (cluster_id, year, leader_unit_id, deputy_unit_id) VALUES (@ClusterId, @Year, @Leader, @Deputy)",
                next, session.Transaction);
            await session.Connection.ExecuteAsync("""
                INSERT INTO cluster_members (cluster_id, year, unit_id, position)
                SELECT cluster_id, @Year, unit_id, position FROM cluster_members WHERE cluster_id = @ClusterId AND year = @Year - 1
                """, next, session.Transaction);
        }
        changes.PublishAfterCommit(session, ChangeTopics.Clusters);
    }

    private static async Task<string?> UnitOrNullAsync(DataSession session, string? id) =>
        id is not null && await session.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM units WHERE id = @id", new { id }, session.Transaction) > 0
            ? id
            : null;
}
