using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Notifications.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Notifications.Services;

/// <summary>
/// Turns workflow steps into notifications, in the step's own transaction: a step rolled back notifies
/// nobody, and a committed one cannot lose its notifications. E-mails are only queued here, so a slow or
/// absent SMTP server never holds up or fails the step.
/// </summary>
public sealed class WorkflowNotifier(NotificationStore store, IPeopleDirectory people, JobQueue jobs, IOptions<MailOptions> mail,
    IHttpContextAccessor http) : IWorkflowObserver
{
    public async Task StepTakenAsync(DataSession session, WorkflowStep step)
    {
        if (Notification.For(step) is not { } rule)
        {
            return;
        }
        var (kind, toReviewers) = rule;
        var recipients = toReviewers
            ? await people.ReviewersAsync(session, step.ClusterId)
            : await people.FindAsync(step.Authors, session);
        // Whoever acted knows what they did.
        recipients = recipients.Where(p => !string.Equals(p.UserName, step.UserName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (recipients.Count == 0)
        {
            return;
        }
        var actorName = step.UserName == ContentEditing.SchedulerUserName
            ? "lịch đăng tự động"
            : (await people.FindAsync([step.UserName], session)).FirstOrDefault()?.Name ?? step.UserName;
        var siteUrl = SiteUrl();
        foreach (var person in recipients)
        {
            var notification = new Notification
            {
                Id = Guid.NewGuid().ToString("N"),
                Recipient = person.UserName,
                Kind = kind,
                ItemId = step.ItemId,
                ItemType = step.Type,
                ItemTitle = step.Title,
                ClusterId = step.ClusterId,
                Actor = step.UserName,
                ActorName = actorName,
                Comment = kind == NotificationKind.Rejected ? step.Comment : null,
                PublishAtUtc = step.PublishAtUtc,
                SiteUrl = siteUrl,
                CreatedUtc = step.AtUtc,
            };
            await store.AddAsync(session, notification);
            if (mail.Value.Enabled && person.WantsEmail)
            {
                await jobs.EnqueueAsync(session, NotificationMailJob.JobKind, notification.Id);
            }
        }
    }

    private string? SiteUrl()
    {
        if (!string.IsNullOrWhiteSpace(mail.Value.SiteUrl))
        {
            return mail.Value.SiteUrl.TrimEnd('/');
        }
        // The scheduler acts outside any request: its e-mails link from the configured address, or say none.
        return http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : null;
    }
}
