using EmulationPortal.Core.Content;
using EmulationPortal.Core.Jobs;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Notifications.Services;

/// <summary>
/// Sends one notification's e-mail from the job queue. An SMTP failure throws, so the queue tries again
/// later (waits doubling from <see cref="MailOptions.RetrySeconds"/>); the person's setting and address
/// are read at sending, so turning e-mails off stops what is still queued.
/// </summary>
public sealed class NotificationMailJob(NotificationStore store, IPeopleDirectory people, NotificationMail composer,
    IOptions<MailOptions> options, ILogger<NotificationMailJob> logger) : IJobHandler
{
    public const string JobKind = "notification-mail";

    public string Kind => JobKind;

    // Without a host the queued e-mails wait for one rather than fail.
    public bool CanRun => options.Value.Enabled;

    public int? MaxAttempts => options.Value.MaxAttempts;

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, options.Value.RetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    public async Task RunAsync(string subject, CancellationToken cancellationToken)
    {
        var notification = await store.GetAsync(subject, cancellationToken);
        if (notification is null || notification.EmailedUtc is not null)
        {
            return;
        }
        var person = (await people.FindAsync([notification.Recipient], cancellationToken: cancellationToken)).FirstOrDefault();
        if (person is null || !person.WantsEmail)
        {
            logger.LogInformation("Notification {Id}: {Recipient} takes no e-mail now; not sent", notification.Id, notification.Recipient);
            return;
        }
        var mail = options.Value;
        var message = await composer.ComposeAsync(notification, person, mail.From ?? $"thongbao@{mail.Host}", cancellationToken);
        using (var client = new SmtpClient { Timeout = (int)mail.Timeout.TotalMilliseconds })
        {
            var security = !mail.UseTls ? SecureSocketOptions.None
                : mail.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            try
            {
                await client.ConnectAsync(mail.Host!, mail.Port, security, cancellationToken);
                if (!string.IsNullOrEmpty(mail.UserName))
                {
                    await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
                }
                await client.SendAsync(message, cancellationToken);
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Notification {Id}: e-mail to {Recipient} not sent through {Host}:{Port}; it will be tried again",
                    notification.Id, notification.Recipient, mail.Host, mail.Port);
                throw;
            }
        }
        await store.MarkEmailedAsync(notification.Id, cancellationToken);
        logger.LogInformation("Notification {Id}: e-mail sent to {Recipient}", notification.Id, notification.Recipient);
    }
}
