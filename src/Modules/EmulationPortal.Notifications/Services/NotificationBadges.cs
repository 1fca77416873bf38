using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Notifications.Controllers;

namespace EmulationPortal.Notifications.Services;

/// <summary>The admin header's "Thông báo" link with the person's unread count.</summary>
public sealed class NotificationBadges(NotificationStore store) : IAdminBadges
{
    public async Task<AdminBadge?> GetAsync(ContentAccess access, CancellationToken cancellationToken = default)
    {
        if (access.UserName is null)
        {
            return null;
        }
        var unread = await store.UnreadCountAsync(access.UserName, cancellationToken);
        return new AdminBadge("Thông báo", Routes.AdminNotifications, unread, $"{unread} thông báo chưa đọc");
    }
}
