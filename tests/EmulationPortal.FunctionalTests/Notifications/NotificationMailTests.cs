using System.Net;
using Dapper;
using EmulationPortal.Core.Jobs;

namespace EmulationPortal.FunctionalTests.Notifications;

/// <summary>
/// Notifications by e-mail, delivered through MailKit to a real SMTP server process (aiosmtpd) and read back
/// from its mailbox.
/// </summary>
public sealed class NotificationMailTests
{
    private static Dictionary<string, string> MailSettings(int port) => new()
    {
        ["Portal:Mail:Host"] = "127.0.0.1",
        ["Portal:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Portal:Mail:From"] = "Cổng thi đua <thongbao@cong.test>",
        ["Portal:Mail:UseTls"] = "false",
        // A failed try is repeated within a second, not a minute, so the outage test stays short.
        ["Portal:Mail:RetrySeconds"] = "0.5",
    };

    [SmtpFact]
    public async Task A_submission_mails_the_reviewers_who_want_it_and_a_rejection_mails_the_author_with_the_comment()
    {
        using var smtp = await SmtpServerProcess.StartAsync(SmtpServerProcess.FreePort());
        using var site = await NotificationSite.CreateAsync(MailSettings(smtp.Port));
        // The second reviewer turns e-mails off on their own account page.
        var second = await site.ClientAsync(NotificationSite.SecondReviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/admin/tai-khoan", [])).StatusCode);

        var id = await site.DraftAsync("Hội nghị sơ kết Cụm thi đua số 12 – quý I");
        await site.StepAsync(NotificationSite.Editor, id, "Submit");

        var (message, raw) = Assert.Single(await smtp.WaitForAsync(NotificationSite.Email(NotificationSite.Reviewer)));
        Assert.Equal("Bài chờ duyệt: Hội nghị sơ kết Cụm thi đua số 12 – quý I", message.Subject);
        // Vietnamese in the header travels as an RFC 2047 encoded word, not raw 8-bit bytes.
        var subjectHeader = raw.Split("\r\n\t".ToCharArray()).First(line => line.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("=?utf-8?", subjectHeader, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Trần Thị Duyệt", message.To.Mailboxes.Single().Name);
        Assert.Equal("thongbao@cong.test", message.From.Mailboxes.Single().Address);
        var link = $"http://localhost/admin/noi-dung/{id}";
        Assert.Contains($"Xem bài: {link}", message.TextBody);
        Assert.Contains("Nguyễn Văn Biên đã gửi bài “Hội nghị sơ kết Cụm thi đua số 12 – quý I” để anh/chị duyệt.", message.TextBody);
        Assert.Contains($"href=\"{link}\"", message.HtmlBody);

        await site.StepAsync(NotificationSite.Reviewer, id, "Reject", "Thiếu ảnh toàn cảnh & danh sách \"đơn vị\" dự.");
        var (rejection, _) = Assert.Single(await smtp.WaitForAsync(NotificationSite.Email(NotificationSite.Editor)));
        Assert.Equal("Bài bị trả lại: Hội nghị sơ kết Cụm thi đua số 12 – quý I", rejection.Subject);
        Assert.Contains("Thiếu ảnh toàn cảnh & danh sách \"đơn vị\" dự.", rejection.TextBody);
        Assert.Contains("Thiếu ảnh toàn cảnh &amp; danh sách &quot;đơn vị&quot; dự.", rejection.HtmlBody);

        // Every queued e-mail has gone out: the one who turned them off got none, the acting reviewer none of their own step.
        await using var connection = await site.Site.OpenDatabaseAsync();
        await Faults.Wait.UntilAsync(async () => await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM background_jobs WHERE kind = 'notification-mail' AND status <> @Done", new { JobQueue.Done }) == 0,
            TimeSpan.FromSeconds(30), "the mail jobs to finish");
        Assert.Empty(smtp.To(NotificationSite.Email(NotificationSite.SecondReviewer)));
        Assert.Equal(2, smtp.Messages().Count);
        // Turned off for e-mail, still told in the admin.
        Assert.Equal(1, await site.BadgeAsync(NotificationSite.SecondReviewer));
    }

    [SmtpFact]
    public async Task An_SMTP_server_that_is_down_fails_no_step_and_the_mail_goes_out_once_it_is_up()
    {
        var port = SmtpServerProcess.FreePort();
        using var site = await NotificationSite.CreateAsync(MailSettings(port));
        var id = await site.DraftAsync("Kế hoạch thi đua năm 2026");
        await site.StepAsync(NotificationSite.Editor, id, "Submit");
        Assert.Equal(1, await site.BadgeAsync(NotificationSite.Reviewer));

        await using (var connection = await site.Site.OpenDatabaseAsync())
        {
            // The first try has failed against the closed port, and the job waits for another.
            await Faults.Wait.UntilAsync(async () => await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM background_jobs WHERE kind = 'notification-mail' AND last_error IS NOT NULL AND status = @Pending",
                new { JobQueue.Pending }) >= 1, TimeSpan.FromSeconds(30), "a failed try of the mail job");
        }

        using var smtp = await SmtpServerProcess.StartAsync(port);
        var (message, _) = Assert.Single(await smtp.WaitForAsync(NotificationSite.Email(NotificationSite.Reviewer)));
        Assert.Equal("Bài chờ duyệt: Kế hoạch thi đua năm 2026", message.Subject);
        Assert.Contains($"http://localhost/admin/noi-dung/{id}", message.TextBody);
        await smtp.WaitForAsync(NotificationSite.Email(NotificationSite.SecondReviewer));
    }
}
