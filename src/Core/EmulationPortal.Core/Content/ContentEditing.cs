using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Every change people make to content goes through here: create, save (a new version each
/// time, refused when someone else saved first), workflow moves, scheduling and restoring.
/// Permissions, validation and the workflow's rules are checked here, so no page can forget them;
/// the repository (<see cref="ContentStore"/>) writes, and tells the search index and the caches.
/// </summary>
public sealed class ContentEditing(IDbConnectionFactory connections, ContentStore store, ContentTypeRegistry types,
    IClusterDirectory clusters, TimeProvider clock, IEnumerable<IWorkflowObserver> observers)
{
    private readonly IReadOnlyList<IWorkflowObserver> _observers = observers.ToList();

    public const string SchedulerUserName = "lich-dang-tu-dong";

    public async Task<ContentRecord> CreateAsync(ContentAccess access, string type, string clusterId, string title, ContentData data,
        CancellationToken cancellationToken = default)
    {
        var contentType = types.Get(type);
        Validate(title, data);
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        if (!await clusters.ExistsAsync(session, clusterId))
        {
            throw new ContentValidationException("cluster", "Cụm thi đua không tồn tại.");
        }
        if (!access.CanWorkIn(clusterId))
        {
            throw new ContentAccessDeniedException();
        }
        var id = await store.CreateDraftAsync(session, contentType.Name, clusterId,
            Slug.From(title) is { Length: > 0 } slug ? slug : contentType.Name.ToLowerInvariant(),
            title.Trim(), data, access.UserName!, clock.GetUtcNow().UtcDateTime);
        await session.CommitAsync(cancellationToken);
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
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var current = await LoadAsync(session, id);
        if (!access.CanEdit(current.ClusterId, current.Status) || !access.CanWorkIn(clusterId))
        {
            throw new ContentAccessDeniedException();
        }
        if (current.LatestVersion != expectedVersion)
        {
            throw new ContentConflictException(current);
        }
        if (clusterId != current.ClusterId && !await clusters.ExistsAsync(session, clusterId))
        {
            throw new ContentValidationException("cluster", "Cụm thi đua không tồn tại.");
        }
        // Editing what is live starts a new draft; the published version stays until it is replaced.
        var status = current.Status == ContentStatus.Published ? ContentStatus.Draft : current.Status;
        if (!await store.AppendVersionAsync(session, current, title.Trim(), clusterId, data, status, access.UserName!, clock.GetUtcNow().UtcDateTime))
        {
            // What the winner saved, read after its commit, so the conflict page compares against it and a
            // save of the merged text is accepted.
            throw new ContentConflictException(await LoadAsync(session, id));
        }
        await session.CommitAsync(cancellationToken);
        return (await store.GetLatestAsync(id, cancellationToken))!;
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
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var current = await LoadAsync(session, id);
        var reviewRequired = await ReviewRequiredAsync(current.ClusterId, cancellationToken);
        if (!access.CanWorkIn(current.ClusterId) || !access.CanTake(action, current.ClusterId, reviewRequired))
        {
            throw new ContentAccessDeniedException();
        }
        if (ContentWorkflow.RequiresComment(action) && string.IsNullOrWhiteSpace(comment))
        {
            throw new ContentValidationException("comment", "Cần ghi rõ lý do khi trả lại bài.");
        }
        await MoveAsync(session, current, action, access.UserName!, comment);
        await session.CommitAsync(cancellationToken);
        return (await store.GetLatestAsync(id, cancellationToken))!;
    }

    public async Task ScheduleAsync(ContentAccess access, string id, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var current = await LoadAsync(session, id);
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
        await store.SetScheduleAsync(session, id, atUtc, access.UserName);
        await TellAsync(session, current, current.Status, access.UserName!, null, atUtc);
        await session.CommitAsync(cancellationToken);
    }

    public async Task CancelScheduleAsync(ContentAccess access, string id, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var current = await LoadAsync(session, id);
        if (!access.CanWorkIn(current.ClusterId) || !access.CanSchedule(current.ClusterId, await ReviewRequiredAsync(current.ClusterId, cancellationToken)))
        {
            throw new ContentAccessDeniedException();
        }
        await store.SetScheduleAsync(session, id, null, null);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes every item whose time has come. Each item is claimed by clearing its schedule in
    /// the same transaction that publishes it, so a publication happens once, however many run this.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var published = 0;
        foreach (var id in await store.ListDueAsync(clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            await using var session = await connections.BeginSessionAsync(cancellationToken);
            var claim = await store.ClaimScheduleAsync(session, id);
            var current = claim is null ? null : await store.GetLatestAsync(session.Connection, session.Transaction, id);
            if (current is not null && ContentWorkflow.TryMove(current.Status, WorkflowAction.Publish, out _))
            {
                await MoveAsync(session, current, WorkflowAction.Publish, SchedulerUserName,
                    claim!.ScheduledBy is null ? "Đăng theo lịch" : $"Đăng theo lịch do {claim.ScheduledBy} đặt");
                published++;
            }
            await session.CommitAsync(cancellationToken);
        }
        return published;
    }

    private async Task MoveAsync(DataSession session, ContentRecord current, WorkflowAction action, string userName, string? comment)
    {
        if (!ContentWorkflow.TryMove(current.Status, action, out var to))
        {
            throw new ContentWorkflowException($"Không thể {ActionName(action)} khi bài đang ở trạng thái \"{StatusName(current.Status)}\".");
        }
        var publishedVersion = to switch
        {
            ContentStatus.Published => current.LatestVersion,
            ContentStatus.Archived => (int?)null,
            _ when action == WorkflowAction.Unpublish => null,
            _ => current.PublishedVersion,
        };
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        await store.MoveAsync(session, current, to, publishedVersion, userName, trimmed, clock.GetUtcNow().UtcDateTime);
        await TellAsync(session, current, to, userName, trimmed, null);
    }

    private async Task TellAsync(DataSession session, ContentRecord current, ContentStatus to, string userName, string? comment, DateTime? publishAtUtc)
    {
        var step = new WorkflowStep(current.Id, current.Type, current.ClusterId, current.Title,
            new[] { current.Author, current.VersionAuthor }.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            current.Status, to, userName, comment, clock.GetUtcNow().UtcDateTime, publishAtUtc);
        foreach (var observer in _observers)
        {
            await observer.StepTakenAsync(session, step);
        }
    }

    private async Task<ContentRecord> LoadAsync(DataSession session, string id) =>
        await store.GetLatestAsync(session.Connection, session.Transaction, id) ?? throw new ContentNotFoundException();

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
