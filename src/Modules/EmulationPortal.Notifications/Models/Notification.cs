using EmulationPortal.Core.Content;

namespace EmulationPortal.Notifications.Models;

/// <summary>What a notification tells its recipient.</summary>
public enum NotificationKind
{
    /// <summary>An item waits for the recipient's review.</summary>
    Submitted,

    /// <summary>The recipient's item was approved and published at once.</summary>
    Approved,

    /// <summary>The recipient's item was approved, to be published at a set time.</summary>
    ApprovedScheduled,

    /// <summary>The recipient's item was sent back, with the reviewer's comment.</summary>
    Rejected,

    /// <summary>The recipient's item was published without a review step (by a reviewer, or on schedule).</summary>
    Published,
}

/// <summary>A notification as stored.</summary>
public sealed class Notification
{
    public string Id { get; set; } = "";
    public string Recipient { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public string ItemId { get; set; } = "";
    public string ItemType { get; set; } = "";
    public string ItemTitle { get; set; } = "";
    public string ClusterId { get; set; } = "";
    public string Actor { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string? Comment { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public string? SiteUrl { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
    public DateTime? EmailedUtc { get; set; }

    public bool Unread => ReadUtc is null;

    /// <summary>
    /// What happened, in one Vietnamese sentence, the same in the admin list and in the e-mail.
    /// <paramref name="formatTime"/> shows a UTC time in Vietnam's time.
    /// </summary>
    public string Sentence(Func<DateTime, string> formatTime) => Kind switch
    {
        NotificationKind.Submitted => $"{ActorName} đã gửi bài “{ItemTitle}” để anh/chị duyệt.",
        NotificationKind.Approved => $"Bài “{ItemTitle}” của anh/chị đã được {ActorName} duyệt và đăng lên trang công khai.",
        NotificationKind.ApprovedScheduled =>
            $"Bài “{ItemTitle}” của anh/chị đã được {ActorName} duyệt, hẹn đăng lúc {(PublishAtUtc is { } at ? formatTime(at) : "")}.",
        NotificationKind.Rejected => $"Bài “{ItemTitle}” của anh/chị đã bị {ActorName} trả lại để sửa.",
        NotificationKind.Published when Actor == ContentEditing.SchedulerUserName =>
            $"Bài “{ItemTitle}” của anh/chị đã được đăng lên trang công khai theo lịch.",
        NotificationKind.Published => $"Bài “{ItemTitle}” của anh/chị đã được {ActorName} đăng lên trang công khai.",
        _ => ItemTitle,
    };

    /// <summary>The e-mail's subject: what happened, then the title.</summary>
    public string Subject => Kind switch
    {
        NotificationKind.Submitted => $"Bài chờ duyệt: {ItemTitle}",
        NotificationKind.Approved => $"Bài đã được duyệt và đăng: {ItemTitle}",
        NotificationKind.ApprovedScheduled => $"Bài đã được duyệt, chờ đến giờ đăng: {ItemTitle}",
        NotificationKind.Rejected => $"Bài bị trả lại: {ItemTitle}",
        NotificationKind.Published => $"Bài đã được đăng: {ItemTitle}",
        _ => ItemTitle,
    };

    /// <summary>
    /// What a workflow step tells whom: the reviewers when an item is submitted, the authors when it is
    /// approved, sent back or published; nothing for the other steps (unpublish, archive, reopen).
    /// </summary>
    public static (NotificationKind Kind, bool ToReviewers)? For(WorkflowStep step) => step switch
    {
        { PublishAtUtc: not null, From: ContentStatus.InReview } => (NotificationKind.ApprovedScheduled, false),
        { PublishAtUtc: not null } => null,
        // The approval was told when the reviewer set the time; now only the publication is news.
        { UserName: ContentEditing.SchedulerUserName, To: ContentStatus.Published } => (NotificationKind.Published, false),
        { From: not ContentStatus.InReview, To: ContentStatus.InReview } => (NotificationKind.Submitted, true),
        { From: ContentStatus.InReview, To: ContentStatus.Draft } => (NotificationKind.Rejected, false),
        { From: ContentStatus.InReview, To: ContentStatus.Published } => (NotificationKind.Approved, false),
        { To: ContentStatus.Published } => (NotificationKind.Published, false),
        _ => null,
    };
}
