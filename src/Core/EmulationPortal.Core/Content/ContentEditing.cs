using System.Data.Common;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Every change people make to content goes through here: create, save (a new version each
/// time, refused when someone else saved first), workflow moves, scheduling and restoring.
/// Permissions are checked here too, so no page can forget them.
/// </summary>
public sealed class ContentEditing(IDbConnectionFactory connections, ContentStore store, ContentTypeRegistry types,
    IClusterDirectory clusters, TimeProvider clock, IChangeFeed changes)
{
    public const string SchedulerUserName = "lich-dang-tu-dong";

    public async Task<ContentRecord> CreateAsync(ContentAccess access, string type, string clusterId, string title, ContentData data,
        CancellationToken cancellationToken = default)
    {
        var contentType = types.Get(type);
        Validate(title, data);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await clusters.ExistsAsync(connection, transaction, clusterId))
        {
            throw new ContentValidationException("cluster", "Cụm thi đua không tồn tại.");
        }
        if (!access.CanWorkIn(clusterId))
        {
            throw new ContentAccessDeniedException();
        }
        var id = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        var slug = await FreeSlugAsync(connection, transaction, Slug.From(title) is { Length: > 0 } s ? s : contentType.Name.ToLowerInvariant());
        await connection.ExecuteAsync("""
            INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc, latest_version, published_version)
            VALUES (@id, @type, @clusterId, @slug, @status, @author, @now, @now, NULL, 1, NULL)
            """, new { id, type = contentType.Name, clusterId, slug, status = nameof(ContentStatus.Draft), author = access.UserName, now }, transaction);
        await store.InsertVersionAsync(connection, transaction, id, 1, title.Trim(), data, access.UserName!, now);
        await ContentStore.RecordTransitionAsync(connection, transaction, id, 1, null, ContentStatus.Draft, access.UserName!, null, now);
        await transaction.CommitAsync(cancellationToken);
        // A new draft shows on no public page: nothing to tell the caches.
        return (await store.GetLatestAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// Saves a new version. <paramref name="expectedVersion"/> is the version the person started
    /// from: when someone saved since, nothing is written and the conflict says what is there now.
    /// </summary>
    public async Task<ContentRecord> SaveAsync(ContentAccess access, string id, int expectedVersion, string title, string clusterId,
        ContentData data, CancellationToken cancellationToken = default)
    {
        Validate(title, data);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LoadAsync(connection, transaction, id);
        if (!access.CanEdit(current.ClusterId, current.Status) || !access.CanWorkIn(clusterId))
        {
            throw new ContentAccessDeniedException();
        }
        if (current.LatestVersion != expectedVersion)
        {
            throw new ContentConflictException(current);
        }
        if (clusterId != current.ClusterId && !await clusters.ExistsAsync(connection, transaction, clusterId))
        {
            throw new ContentValidationException("cluster", "Cụm thi đua không tồn tại.");
        }
        // Editing what is live starts a new draft; the published version stays until it is replaced.
        var status = current.Status == ContentStatus.Published ? ContentStatus.Draft : current.Status;
        await AppendVersionAsync(connection, transaction, current, access, title.Trim(), clusterId, data, status, null);
        await store.NotifyChangedAsync(connection, transaction, id);
        await transaction.CommitAsync(cancellationToken);
        return await PublishIfPublicAsync(current, cancellationToken);
    }

    /// <summary>Makes an old version the newest draft again.</summary>
    public async Task<ContentRecord> RestoreAsync(ContentAccess access, string id, int version, int expectedVersion,
        CancellationToken cancellationToken = default)
    {
        var old = await store.GetVersionAsync(id, version, cancellationToken) ?? throw new ContentNotFoundException();
        return await SaveAsync(access, id, expectedVersion, old.Title, old.ClusterId, types.Deserialize(old.Type, old.Data), cancellationToken);
    }

    public async Task<ContentRecord> TransitionAsync(ContentAccess access, string id, WorkflowAction action, string? comment,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LoadAsync(connection, transaction, id);
        var reviewRequired = await ReviewRequiredAsync(current.ClusterId, cancellationToken);
        if (!access.CanWorkIn(current.ClusterId) || !access.CanTake(action, current.ClusterId, reviewRequired))
        {
            throw new ContentAccessDeniedException();
        }
        if (ContentWorkflow.RequiresComment(action) && string.IsNullOrWhiteSpace(comment))
        {
            throw new ContentValidationException("comment", "Cần ghi rõ lý do khi trả lại bài.");
        }
        await MoveAsync(connection, transaction, current, action, access.UserName!, comment);
        await store.NotifyChangedAsync(connection, transaction, id);
        await transaction.CommitAsync(cancellationToken);
        return await PublishIfPublicAsync(current, cancellationToken);
    }

    public async Task ScheduleAsync(ContentAccess access, string id, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LoadAsync(connection, transaction, id);
        if (!access.CanWorkIn(current.ClusterId) || !access.CanSchedule(current.ClusterId, await ReviewRequiredAsync(current.ClusterId, cancellationToken)))
        {
            throw new ContentAccessDeniedException();
        }
        if (!ContentWorkflow.TryMove(current.Status, WorkflowAction.Publish, out _))
        {
            throw new ContentWorkflowException("Chỉ lên lịch đăng được bài đang soạn hoặc đang chờ duyệt.");
        }
        if (atUtc <= clock.GetUtcNow().UtcDateTime)
        {
            throw new ContentValidationException("scheduledAt", "Thời điểm đăng phải ở tương lai.");
        }
        await connection.ExecuteAsync(
            "UPDATE content_items SET scheduled_publish_utc = @atUtc, scheduled_by = @user WHERE id = @id",
            new { id, atUtc, user = access.UserName }, transaction);
        // Schedules show only in the admin, which is never cached; the publication itself tells the caches.
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task CancelScheduleAsync(ContentAccess access, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LoadAsync(connection, transaction, id);
        if (!access.CanWorkIn(current.ClusterId) || !access.CanSchedule(current.ClusterId, await ReviewRequiredAsync(current.ClusterId, cancellationToken)))
        {
            throw new ContentAccessDeniedException();
        }
        await connection.ExecuteAsync(
            "UPDATE content_items SET scheduled_publish_utc = NULL, scheduled_by = NULL WHERE id = @id", new { id }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes every item whose time has come. Each item is claimed by clearing its schedule in
    /// the same transaction that publishes it, so a publication happens once, however many run this.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var due = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM content_items WHERE scheduled_publish_utc IS NOT NULL AND scheduled_publish_utc <= @now ORDER BY scheduled_publish_utc",
            new { now }, cancellationToken: cancellationToken))).AsList();
        var published = 0;
        foreach (var id in due)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var scheduledBy = await connection.ExecuteScalarAsync<string?>(
                "SELECT scheduled_by FROM content_items WHERE id = @id AND scheduled_publish_utc IS NOT NULL", new { id }, transaction);
            var claimed = await connection.ExecuteAsync(
                "UPDATE content_items SET scheduled_publish_utc = NULL, scheduled_by = NULL WHERE id = @id AND scheduled_publish_utc IS NOT NULL",
                new { id }, transaction);
            var current = claimed == 1 ? await store.GetLatestAsync(connection, transaction, id) : null;
            if (current is not null && ContentWorkflow.TryMove(current.Status, WorkflowAction.Publish, out _))
            {
                await MoveAsync(connection, transaction, current, WorkflowAction.Publish, SchedulerUserName,
                    scheduledBy is null ? "Đăng theo lịch" : $"Đăng theo lịch do {scheduledBy} đặt");
                await store.NotifyChangedAsync(connection, transaction, id);
                published++;
            }
            await transaction.CommitAsync(cancellationToken);
        }
        if (published > 0)
        {
            await changes.PublishAsync(ChangeTopics.Content, cancellationToken);
        }
        return published;
    }

    /// <summary>
    /// Tells the caches of public pages, on every node, when a committed change reaches what readers see:
    /// the item had a public version before it or has one after it (read after the commit, so a publish by
    /// someone else in the meantime counts too). Drafts and reviews of an item never published show only in
    /// the admin, which is never cached. Returns the item as it is now.
    /// </summary>
    private async Task<ContentRecord> PublishIfPublicAsync(ContentRecord before, CancellationToken cancellationToken)
    {
        var after = (await store.GetLatestAsync(before.Id, cancellationToken))!;
        if (before.PublishedVersion is not null || after.PublishedVersion is not null)
        {
            await changes.PublishAsync(ChangeTopics.Content, cancellationToken);
        }
        return after;
    }

    private async Task MoveAsync(DbConnection connection, DbTransaction transaction, ContentRecord current, WorkflowAction action,
        string userName, string? comment)
    {
        if (!ContentWorkflow.TryMove(current.Status, action, out var to))
        {
            throw new ContentWorkflowException($"Không thể {ActionName(action)} khi bài đang ở trạng thái \"{StatusName(current.Status)}\".");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var publishedVersion = to switch
        {
            ContentStatus.Published => current.LatestVersion,
            ContentStatus.Archived => (int?)null,
            _ when action == WorkflowAction.Unpublish => null,
            _ => current.PublishedVersion,
        };
        await connection.ExecuteAsync("""
            UPDATE content_items SET status = @status, published_version = @publishedVersion, modified_utc = @now,
                published_utc = CASE WHEN @published THEN @now ELSE published_utc END,
                scheduled_publish_utc = CASE WHEN @published THEN NULL ELSE scheduled_publish_utc END
            WHERE id = @id
            """,
            new { id = current.Id, status = to.ToString(), publishedVersion, now, published = to == ContentStatus.Published },
            transaction);
        await ContentStore.RecordTransitionAsync(connection, transaction, current.Id, current.LatestVersion, current.Status, to,
            userName, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), now);
    }

    private async Task AppendVersionAsync(DbConnection connection, DbTransaction transaction, ContentRecord current, ContentAccess access,
        string title, string clusterId, ContentData data, ContentStatus status, string? comment)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = current.LatestVersion + 1;
        // The guarded move comes before the new version's row: it locks the item's row, so a concurrent
        // save of the same version waits here and then finds the guard false (PostgreSQL re-reads the row
        // once the lock is released), instead of colliding with the winner on the versions' key.
        // SQLite's single writer never gets this far with a stale version.
        var moved = await connection.ExecuteAsync("""
            UPDATE content_items SET latest_version = @version, status = @status, cluster_id = @clusterId, modified_utc = @now
            WHERE id = @id AND latest_version = @expected
            """, new { id = current.Id, version, status = status.ToString(), clusterId, now, expected = current.LatestVersion }, transaction);
        if (moved != 1)
        {
            // What the winner saved, read after its commit, so the conflict page compares against it and a
            // save of the merged text is accepted.
            throw new ContentConflictException(await LoadAsync(connection, transaction, current.Id));
        }
        await store.InsertVersionAsync(connection, transaction, current.Id, version, title, data, access.UserName!, now);
        if (status != current.Status)
        {
            await ContentStore.RecordTransitionAsync(connection, transaction, current.Id, version, current.Status, status, access.UserName!, comment, now);
        }
    }

    private async Task<ContentRecord> LoadAsync(DbConnection connection, DbTransaction transaction, string id) =>
        await store.GetLatestAsync(connection, transaction, id) ?? throw new ContentNotFoundException();

    private async Task<bool> ReviewRequiredAsync(string clusterId, CancellationToken cancellationToken) =>
        (await clusters.AllAsync(cancellationToken)).GetValueOrDefault(clusterId)?.ReviewRequired ?? true;

    private static void Validate(string title, ContentData data)
    {
        var errors = new ValidationErrors();
        errors.Required(title, "title");
        data.Validate(errors);
        if (errors.Any)
        {
            throw new ContentValidationException(errors);
        }
    }

    private static async Task<string> FreeSlugAsync(DbConnection connection, DbTransaction transaction, string slug)
    {
        var taken = (await connection.QueryAsync<string>(
            "SELECT slug FROM content_items WHERE slug = @slug OR slug LIKE @prefix", new { slug, prefix = slug + "-%" }, transaction)).ToHashSet();
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    public static string StatusName(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Bản nháp",
        ContentStatus.InReview => "Chờ duyệt",
        ContentStatus.Published => "Đã đăng",
        ContentStatus.Archived => "Lưu trữ",
        _ => status.ToString(),
    };

    public static string ActionName(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "gửi duyệt",
        WorkflowAction.Reject => "trả lại",
        WorkflowAction.Publish => "đăng",
        WorkflowAction.Unpublish => "gỡ bài",
        WorkflowAction.Archive => "lưu trữ",
        WorkflowAction.Reopen => "mở lại",
        _ => action.ToString(),
    };
}

public sealed class ContentNotFoundException() : Exception("No such content item.");

public sealed class ContentAccessDeniedException() : Exception("Not allowed.");

/// <summary>Someone saved the item after the person started editing; <see cref="Current"/> is what is there now.</summary>
public sealed class ContentConflictException(ContentRecord current) : Exception($"Item {current.Id} is at version {current.LatestVersion}.")
{
    public ContentRecord Current { get; } = current;
}

/// <summary>A move the workflow does not allow from where the item is; the message is Vietnamese.</summary>
public sealed class ContentWorkflowException(string message) : Exception(message);

public sealed class ContentValidationException : Exception
{
    public ContentValidationException(ValidationErrors errors) : base("Nội dung chưa hợp lệ.") => Errors = errors;

    public ContentValidationException(string field, string message) : this(new ValidationErrors()) => Errors.Add(field, message);

    public ValidationErrors Errors { get; }
}
