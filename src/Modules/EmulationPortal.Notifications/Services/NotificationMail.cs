using System.Text.Encodings.Web;
using System.Text.Unicode;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Notifications.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MimeKit;

namespace EmulationPortal.Notifications.Services;

/// <summary>A notification as an e-mail: Vietnamese subject and text, in plain text and simple HTML, with the item's absolute address.</summary>
public sealed class NotificationMail(LinkGenerator links, SiteSettings settings)
{
    public async Task<MimeMessage> ComposeAsync(Notification notification, Person recipient, string from, CancellationToken cancellationToken)
    {
        var siteName = await settings.GetAsync(SiteSettings.SiteName, cancellationToken) ?? SiteSettings.DefaultSiteName;
        var itemUrl = Absolute(notification.SiteUrl, links.GetPathByRouteValues(PortalRoutes.ContentItem, new { id = notification.ItemId }, PathString.Empty));
        var accountUrl = Absolute(notification.SiteUrl, links.GetPathByRouteValues(PortalRoutes.Account, values: null, PathString.Empty));
        var sentence = notification.Sentence(at => AdminTime.Format(at));

        var text = new List<string> { $"Kính gửi {recipient.Name},", "", sentence };
        var html = new List<string> { $"<p>Kính gửi {Html(recipient.Name)},</p>", $"<p>{Html(sentence)}</p>" };
        if (notification.Comment is { Length: > 0 } comment)
        {
            text.AddRange(["", "Ý kiến của người duyệt:", comment]);
            html.Add($"<p>Ý kiến của người duyệt:</p><blockquote style=\"margin:0 0 1em;padding-left:10px;border-left:3px solid #ccc\">{Html(comment).Replace("\n", "<br>", StringComparison.Ordinal)}</blockquote>");
        }
        if (itemUrl is not null)
        {
            text.AddRange(["", $"Xem bài: {itemUrl}"]);
            html.Add($"<p><a href=\"{Html(itemUrl)}\">Xem bài trong trang quản trị</a></p>");
        }
        var footer = $"Thư gửi tự động từ {siteName}. Để thôi nhận thông báo qua e-mail, bỏ chọn \"Nhận thông báo qua e-mail\" ở trang Tài khoản của tôi";
        text.AddRange(["", "--", accountUrl is null ? footer + "." : $"{footer}: {accountUrl}"]);
        html.Add($"<hr><p style=\"color:#666;font-size:90%\">{Html(footer)}{(accountUrl is null ? "" : $": <a href=\"{Html(accountUrl)}\">{Html(accountUrl)}</a>")}.</p>");

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(recipient.Name, recipient.Email!));
        message.Subject = notification.Subject;
        message.Date = new DateTimeOffset(notification.CreatedUtc, TimeSpan.Zero);
        // The same notification is one message however often a try is repeated, so a mail client can drop a copy.
        message.MessageId = $"{notification.Id}@{MessageIdDomain(from)}";
        message.Body = new BodyBuilder
        {
            TextBody = string.Join("\n", text) + "\n",
            HtmlBody = $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>{string.Join("\n", html)}</body></html>",
        }.ToMessageBody();
        return message;
    }

    private static string? Absolute(string? siteUrl, string? path) =>
        siteUrl is null || path is null ? null : siteUrl.TrimEnd('/') + path;

    // Vietnamese letters stay letters: the default encoders write most of them as numeric references.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Html(string text) => Encoder.Encode(text);

    private static string MessageIdDomain(string from) =>
        MailboxAddress.TryParse(from, out var address) && address.Domain is { Length: > 0 } domain ? domain : "localhost";
}
