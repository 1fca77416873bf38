using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Notifications.Models;

namespace EmulationPortal.Notifications.Services;

/// <summary>The one writer of <c>notifications</c>.</summary>
public sealed class NotificationStore(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = """
        id AS Id, recipient AS Recipient, kind AS Kind, item_id AS ItemId, item_type AS ItemType, item_title AS ItemTitle,
        cluster_id AS ClusterId, actor AS Actor, actor_name AS ActorName, comment AS Comment, publish_at_utc AS PublishAtUtc,
        site_url AS SiteUrl, created_utc AS CreatedUtc, read_utc AS ReadUtc, emailed_utc AS EmailedUtc
        """;

    public Task AddAsync(DataSession session, Notification notification) =>
        session.Connection.ExecuteAsync("""
            INSERT INTO notifications (id, recipient, kind, item_id, item_type, item_title, cluster_id, actor, actor_name, comment,
                publish_at_utc, site_url, created_utc)
            VALUES (@Id, @Recipient, @KindName, @ItemId, @ItemType, @ItemTitle, @ClusterId, @Actor, @ActorName, @Comment,
                @PublishAtUtc, @SiteUrl, @CreatedUtc)
            """,
            new
            {
                notification.Id, notification.Recipient, KindName = notification.Kind.ToString(), notification.ItemId, notification.ItemType,
                notification.ItemTitle, notification.ClusterId, notification.Actor, notification.ActorName, notification.Comment,
                notification.PublishAtUtc, notification.SiteUrl, notification.CreatedUtc,
            },
            session.Transaction);

    public async Task<Notification?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Notification>(new CommandDefinition(
            $"SELECT {Columns} FROM notifications WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The recipient's notifications, newest first, and how many there are.</summary>
    public async Task<(IReadOnlyList<Notification> Items, int Total, int Unread)> ListAsync(string recipient, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<(long Total, long Unread)>(new CommandDefinition("""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN read_utc IS NULL THEN 1 ELSE 0 END), 0) FROM notifications WHERE recipient = @recipient
            """, new { recipient }, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<Notification>(new CommandDefinition($"""
            SELECT {Columns} FROM notifications WHERE recipient = @recipient
            ORDER BY created_utc DESC, id DESC LIMIT @pageSize OFFSET @offset
            """, new { recipient, pageSize, offset = (page - 1) * pageSize }, cancellationToken: cancellationToken));
        return (items.AsList(), (int)counts.Total, (int)counts.Unread);
    }

    public async Task<int> UnreadCountAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM notifications WHERE recipient = @recipient AND read_utc IS NULL", new { recipient },
            cancellationToken: cancellationToken));
    }

    /// <summary>Marks one of the recipient's notifications read; someone else's is left alone.</summary>
    public async Task<bool> MarkReadAsync(string recipient, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE notifications SET read_utc = @now WHERE id = @id AND recipient = @recipient AND read_utc IS NULL",
            new { id, recipient, now = clock.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<int> MarkAllReadAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE notifications SET read_utc = @now WHERE recipient = @recipient AND read_utc IS NULL",
            new { recipient, now = clock.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken));
    }

    public async Task MarkEmailedAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE notifications SET emailed_utc = @now WHERE id = @id", new { id, now = clock.GetUtcNow().UtcDateTime },
            cancellationToken: cancellationToken));
    }
}
