using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Notifications.Models;

/// <summary>One line of the list: the notification, what it says, and the address of its item.</summary>
public sealed record NotificationLine(Notification Notification, string Sentence, string ItemUrl, string When);

/// <summary>The person's notifications, newest first, a page at a time.</summary>
public sealed record NotificationsPage(IReadOnlyList<NotificationLine> Lines, int Unread, int Total, PagerModel Pager);
