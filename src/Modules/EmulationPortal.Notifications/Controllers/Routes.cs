namespace EmulationPortal.Notifications.Controllers;

/// <summary>Names of the routes only this module links to.</summary>
public static class Routes
{
    public const string AdminNotifications = "admin-notifications";
    public const string AdminNotificationRead = "admin-notification-read";
    public const string AdminNotificationsAllRead = "admin-notifications-all-read";
}
