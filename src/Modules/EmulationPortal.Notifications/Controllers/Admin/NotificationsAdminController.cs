using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Notifications.Models;
using EmulationPortal.Notifications.Services;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Notifications.Controllers.Admin;

/// <summary>The signed-in person's notifications: each one's own, nobody else's.</summary>
public sealed class NotificationsAdminController(NotificationStore store) : AdminController
{
    private const int PageSize = 30;

    [HttpGet("/admin/thong-bao", Name = Routes.AdminNotifications)]
    public async Task<IActionResult> Index([FromQuery(Name = "trang")] int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, 10_000);
        var (items, total, unread) = await store.ListAsync(UserName, page, PageSize, cancellationToken);
        var lines = items.Select(n => new NotificationLine(n, n.Sentence(at => AdminTime.Format(at)),
            Url.RouteUrl(PortalRoutes.ContentItem, new { id = n.ItemId })!, AdminTime.Format(n.CreatedUtc))).ToList();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return View(new NotificationsPage(lines, unread, total,
            PagerModel.ForRoute(Url, Routes.AdminNotifications, page, pageCount, new Dictionary<string, string?>())));
    }

    [HttpPost("/admin/thong-bao/{id}/da-doc", Name = Routes.AdminNotificationRead)]
    public async Task<IActionResult> MarkRead(string id, CancellationToken cancellationToken)
    {
        await store.MarkReadAsync(UserName, id, cancellationToken);
        return RedirectToRoute(Routes.AdminNotifications);
    }

    [HttpPost("/admin/thong-bao/da-doc-het", Name = Routes.AdminNotificationsAllRead)]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        var count = await store.MarkAllReadAsync(UserName, cancellationToken);
        Notify(count == 0 ? "Không có thông báo nào chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.");
        return RedirectToRoute(Routes.AdminNotifications);
    }

    // Notifications are addressed by user name, as the workflow's history records people.
    private string UserName => User.Identity?.Name ?? "";
}
