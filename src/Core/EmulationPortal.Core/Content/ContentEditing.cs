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

    /// <summary>
    /// A new draft; with <paramref name="then"/>, also that workflow step in the same transaction ("save and submit"),
    /// refused before anything is written when the person may not take it.
    /// </summary>
    public async Task<ContentRecord> CreateAsync(ContentAccess access, string type, string clusterId, string title, ContentData data,
        CancellationToken cancellationToken = default, WorkflowAction? then = null)
    {
        var contentType = types.Get(type);
        Validate(title, data);
        if (string.IsNullOrWhiteSpace(clusterId))
        {
            throw new ContentValidationException("cluster", "Hãy chọn cụm, khối thi đua của bài.");
        }
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        if (!await clusters.ExistsAsync(session, clusterId))
        {
            throw new ContentValidationException("cluster", "Cụm thi đua không tồn tại.");
        }
        if (!access.CanWorkIn(clusterId))
        {
            throw new ContentAccessDeniedException();
        }
        await EnsureMayTakeAsync(access, ContentStatus.Draft, clusterId, then, cancellationToken);
        await EnsureChecksAllowAsync(then, clusterId, contentType, title, data, cancellationToken);
        var id = await store.CreateDraftAsync(session, contentType.Name, clusterId,
            Slug.From(title) is { Length: > 0 } slug ? slug : contentType.Name.ToLowerInvariant(),
            title.Trim(), data, access.UserName!, clock.GetUtcNow().UtcDateTime);
        await ThenAsync(session, id, then, access.UserName!);
        await session.CommitAsync(cancellationToken);
        return (await store.GetLatestAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// A new draft of the person's with the newest version's fields of another item (next year's plan from this
    /// year's): the same type and cluster, the title marked as a copy, its own slug and history.
    /// </summary>
    public async Task<ContentRecord> DuplicateAsync(ContentAccess access, string id, CancellationToken cancellationToken = default)
    {
        var source = await store.GetLatestAsync(id, cancellationToken) ?? throw new ContentNotFoundException();
        if (!access.CanWorkIn(source.ClusterId))
        {
            throw new ContentAccessDeniedException();
        }
        return await CreateAsync(access, source.Type, source.ClusterId, $"{source.Title} (bản sao)", types.Deserialize(source.Type, source.Data),
            cancellationToken);
    }

    /// <summary>
    /// Deletes a draft that never went live, with its versions and history, and records who did. Its author or a
    /// reviewer of its cluster may: a cluster's other editors should not remove a colleague's work.
    /// </summary>
    public async Task<ContentRecord> DeleteDraftAsync(ContentAccess access, string id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var current = await LoadAsync(session, id);
        if (!MayDelete(access, current))
        {
            throw new ContentAccessDeniedException();
        }
        if (current.LatestVersion != expectedVersion)
        {
            throw new ContentConflictException(current);
        }
        if (current.Status != ContentStatus.Draft || await store.WasEverPublishedAsync(session, current))
        {
            throw new ContentWorkflowException("Chỉ xóa được bản nháp chưa từng được đăng. Bài đã đăng thì gỡ bài hoặc chuyển vào lưu trữ.");
        }
        await store.DeleteAsync(session, current, access.UserName!, clock.GetUtcNow().UtcDateTime);
        await session.CommitAsync(cancellationToken);
        return current;
    }

    /// <summary>Whether the page offers deleting: the person's right and the item's state as far as its row tells.</summary>
    public static bool OffersDelete(ContentAccess access, ContentRecord item) =>
        MayDelete(access, item) && item.Status == ContentStatus.Draft && item.PublishedVersion is null && item.PublishedUtc is null;

    private static bool MayDelete(ContentAccess access, ContentRecord item) =>
        access.CanWorkIn(item.ClusterId) && (item.Author == access.UserName || access.CanReview(item.ClusterId));

    /// <summary>
    /// The workflow step the editor's "save and …" button asks for, after saving, if the person may take it from
    /// where the save leaves the item: checked before anything is written, so a refusal keeps the item as it was.
    /// </summary>
    private async Task EnsureMayTakeAsync(ContentAccess access, ContentStatus afterSave, string clusterId, WorkflowAction? then,
        CancellationToken cancellationToken)
    {
        if (then is not { } action)
        {
            return;
        }
        if (!access.CanTake(action, clusterId, await ReviewRequiredAsync(clusterId, cancellationToken)))
        {
            throw new ContentAccessDeniedException();
        }
        if (!ContentWorkflow.TryMove(afterSave, action, out _))
        {
            throw new ContentWorkflowException($"Không thể {ActionName(action)} khi bài đang ở trạng thái \"{StatusName(afterSave)}\".");
        }
    }

    /// <summary>
    /// Refuses a submission while the checks before review warn, where the item's cluster asks for it; saving a draft,
    /// and every other step, goes ahead whatever the checks say.
    /// </summary>
    private async Task EnsureChecksAllowAsync(WorkflowAction? action, string clusterId, IContentType type, string title, ContentData data,
        CancellationToken cancellationToken)
    {
        if (action != WorkflowAction.Submit
            || (await clusters.AllAsync(cancellationToken)).GetValueOrDefault(clusterId)?.BlockSubmitOnWarnings != true)
        {
            return;
        }
        var warnings = ReviewChecks.Of(type, title, data).Where(f => f.Severity == FindingSeverity.Warning).ToList();
        if (warnings.Count > 0)
        {
            throw new ContentChecksException(warnings);
        }
    }

    private async Task ThenAsync(DataSession session, string id, WorkflowAction? then, string userName)
    {
        if (then is { } action)
        {
            await MoveAsync(session, await LoadAsync(session, id), action, userName, null);
        }
    }

    /// <summary>
    /// Saves a new version. <paramref name="expectedVersion"/> is the version the person started
    /// from: when someone saved since, nothing is written and the conflict says what is there now.
    /// </summary>
    /// <remarks>
    /// With <paramref name="then"/>, the workflow step follows in the same transaction: "save and submit", or a
    /// reviewer's "save and publish" of a fix to a published item, each recorded in the history as the two steps it is.
    /// </remarks>
    public async Task<ContentRecord> SaveAsync(ContentAccess access, string id, int expectedVersion, string title, string clusterId,
        ContentData data, CancellationToken cancellationToken = default, WorkflowAction? then = null)
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
        var status = StatusAfterSave(current.Status);
        await EnsureMayTakeAsync(access, status, clusterId, then, cancellationToken);
        await EnsureChecksAllowAsync(then, clusterId, types.Get(current.Type), title, data, cancellationToken);
        if (!await store.AppendVersionAsync(session, current, title.Trim(), clusterId, data, status, access.UserName!, clock.GetUtcNow().UtcDateTime))
        {
            // What the winner saved, read after its commit, so the conflict page compares against it and a
            // save of the merged text is accepted.
            throw new ContentConflictException(await LoadAsync(session, id));
        }
        await ThenAsync(session, id, then, access.UserName!);
        await session.CommitAsync(cancellationToken);
        return (await store.GetLatestAsync(id, cancellationToken))!;
    }

    /// <summary>Where a save leaves an item: a published one gets a new draft beside its live version.</summary>
    public static ContentStatus StatusAfterSave(ContentStatus status) => status == ContentStatus.Published ? ContentStatus.Draft : status;

    /// <summary>The "save and …" steps the editor offers on an item in <paramref name="status"/> (null for a new one).</summary>
    public async Task<IReadOnlyList<WorkflowAction>> SaveThenActionsAsync(ContentAccess access, string clusterId, ContentStatus? status,
        CancellationToken cancellationToken = default)
    {
        if (status is null)
        {
            // A new item, in whichever cluster the person picks, is saved then submitted; publishing at once is for
            // fixing what is there.
            return [WorkflowAction.Submit];
        }
        var reviewRequired = await ReviewRequiredAsync(clusterId, cancellationToken);
        var after = StatusAfterSave(status.Value);
        return new[] { WorkflowAction.Submit, WorkflowAction.Publish }
            .Where(action => ContentWorkflow.TryMove(after, action, out _) && access.CanTake(action, clusterId, reviewRequired))
            .ToList();
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
        await EnsureChecksAllowAsync(action, current.ClusterId, types.Get(current.Type), current.Title, types.Deserialize(current.Type, current.Data),
            cancellationToken);
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
public class ContentWorkflowException(string message) : Exception(message);

public sealed class ContentValidationException : Exception
{
    public ContentValidationException(ValidationErrors errors) : base("Nội dung chưa hợp lệ.") => Errors = errors;

    public ContentValidationException(string field, string message) : this(new ValidationErrors()) => Errors.Add(field, message);

    public ValidationErrors Errors { get; }
}
