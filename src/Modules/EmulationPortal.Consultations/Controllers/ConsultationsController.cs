using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using EmulationPortal.Consultations.Models;
using EmulationPortal.Consultations.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Mvc.Media;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Syndication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.Consultations.Controllers;

/// <summary>
/// "Lấy ý kiến Nhân dân": the notices of proposed awards, each with its list, its countdown in working days and a
/// form whose comments only staff read.
/// </summary>
public sealed partial class ConsultationsController(ConsultationDirectory consultations, ConsultationComments comments, CommentLimiter limiter,
    ContentTypeRegistry contentTypes, IMediaStore mediaStore, ContentPreviews previews, NumberedDocuments numbered) : PublicContentController(previews)
{
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/lay-y-kien", Name = PortalRoutes.Consultations)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await consultations.ListAsync(cancellationToken));

    /// <summary>RSS 2.0 of the notices, newest first, for readers and the press to follow.</summary>
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/lay-y-kien/rss", Name = Routes.Feed)]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var list = await consultations.ListAsync(cancellationToken);
        var root = ContentFeeds.Root(Request);
        var items = list.Open.Concat(list.Closed).OrderByDescending(c => c.Record.PublishedUtc).Select(card =>
        {
            var url = new Uri(root, Url.RouteUrl(Routes.Details, new { slug = card.Record.Slug })!.TrimStart('/'));
            var item = new SyndicationItem(card.Record.Title, $"{card.Data.Award} – {card.Data.Proposer}. {card.Countdown}", url, url.AbsoluteUri,
                ContentFeeds.InVietnam(card.Record.ModifiedUtc))
            {
                PublishDate = ContentFeeds.InVietnam(card.Record.PublishedUtc ?? card.Record.ModifiedUtc),
            };
            return item;
        }).ToList();
        var feed = new SyndicationFeed("Lấy ý kiến Nhân dân về đề nghị khen thưởng",
            "Danh sách tập thể, cá nhân được đề nghị khen thưởng công bố để lấy ý kiến Nhân dân.",
            new Uri(root, Url.RouteUrl(PortalRoutes.Consultations)!.TrimStart('/')), items)
        {
            Language = "vi",
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime),
        };
        return ContentFeeds.Write(feed, FeedFormat.Rss);
    }

    // Not cached: the comment form carries the reader's own antiforgery token.
    [HttpGet("/lay-y-kien/{slug}", Name = Routes.Details)]
    public async Task<IActionResult> Details(string slug, [FromQuery(Name = "ung-vien")] string? candidate, CancellationToken cancellationToken)
    {
        var record = await consultations.PublishedAsync(slug, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }
        return View(await PageAsync(record, new CommentForm { Candidate = candidate }, cancellationToken));
    }

    [EnableRateLimiting(PortalRateLimits.Preview)]
    [HttpGet("/lay-y-kien/xem-truoc/{id}", Name = Routes.Preview)]
    public Task<IActionResult> Preview(string id) =>
        PreviewAsync(id, ConsultationsSection.Section, async (record, cancellationToken) => await PageAsync(record, new CommentForm(), cancellationToken));

    [ValidateAntiForgeryToken]
    [RequestSizeLimit(64 * 1024)]
    [HttpPost("/lay-y-kien/{slug}/gop-y", Name = Routes.Comment)]
    public async Task<IActionResult> Comment(string slug, CommentForm form, CancellationToken cancellationToken)
    {
        var record = await consultations.PublishedAsync(slug, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }
        // Only robots fill the hidden field: they are thanked and nothing is kept.
        if (!string.IsNullOrEmpty(form.Website))
        {
            return RedirectToRoute(Routes.Received, new { slug });
        }
        var page = await PageAsync(record, form, cancellationToken);
        if (!page.IsOpen)
        {
            ModelState.AddModelError("", page.Period.HasClosed(page.Today)
                ? $"Đã hết thời hạn lấy ý kiến (ngày {page.Period.Closes:dd/MM/yyyy}); ý kiến không được tiếp nhận."
                : $"Chưa đến thời gian lấy ý kiến (bắt đầu từ ngày {page.Period.Opens:dd/MM/yyyy}).");
        }
        var candidate = form.Candidate?.Trim() ?? "";
        if (candidate.Length > 0 && page.Data.Candidates.All(c => c.Name != candidate))
        {
            ModelState.AddModelError(nameof(CommentForm.Candidate), "Xin chọn tập thể, cá nhân trong danh sách.");
        }
        if (form.Contact is { } contact && !ContactPattern().IsMatch(contact.Trim()))
        {
            ModelState.AddModelError(nameof(CommentForm.Contact), "Số điện thoại hoặc địa chỉ thư điện tử chưa đúng (ví dụ 0912 345 678 hoặc ten@example.vn).");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = page.IsOpen ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
            return View(nameof(Details), page);
        }
        if (limiter.Refusal(HttpContext) is { } minutes)
        {
            ModelState.AddModelError("", $"Địa chỉ mạng của bạn đã gửi nhiều ý kiến trong một giờ. Xin gửi lại sau khoảng {minutes} phút; nội dung bạn viết vẫn còn dưới đây.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = (minutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return View(nameof(Details), page);
        }
        var reference = await comments.AddAsync(new NewComment(record.Id, candidate, form.SenderName!.Trim(), form.Contact!.Trim(),
            form.Address!.Trim(), form.Body!.Trim()), cancellationToken);
        return RedirectToRoute(Routes.Received, new { slug, ma = reference });
    }

    /// <summary>The confirmation after a comment, with the reference number the reader quotes if they call.</summary>
    [HttpGet("/lay-y-kien/{slug}/da-nhan", Name = Routes.Received)]
    public async Task<IActionResult> Received(string slug, string? ma, CancellationToken cancellationToken)
    {
        var record = await consultations.PublishedAsync(slug, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        ViewData["Reference"] = ma is { } reference && ReferencePattern().IsMatch(reference) ? reference : null;
        return View(await PageAsync(record, new CommentForm(), cancellationToken));
    }

    private async Task<ConsultationPage> PageAsync(ContentRecord record, CommentForm form, CancellationToken cancellationToken)
    {
        var data = contentTypes.Deserialize<ConsultationData>(record);
        var calendar = await consultations.CalendarAsync(cancellationToken);
        var period = ConsultationPeriod.Of(data, calendar);
        var today = consultations.Today;
        return new ConsultationPage(record, data, period, today, period.Countdown(today, calendar), MarkdownRenderer.ToHtml(data.Body),
            AttachmentLink.For(data.Attachments, mediaStore), await numbered.FindAsync(data.DecisionNumber, cancellationToken), form);
    }

    // A phone number of 8 to 15 digits, spaces, dots or dashes allowed, or an e-mail address.
    [GeneratedRegex(@"^(\+?[0-9][0-9 .\-]{6,18}[0-9]|[^@\s]+@[^@\s]+\.[^@\s]+)$")]
    private static partial Regex ContactPattern();

    [GeneratedRegex(@"^YK-[0-9]{5,}$")]
    private static partial Regex ReferencePattern();
}
