using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// A link the admin header shows beside the person's name with a count (unread notifications): the text,
/// the route it leads to by name, and the count's wording for screen readers.
/// </summary>
public sealed record AdminBadge(string Text, string RouteName, int Count, string CountLabel);

/// <summary>A module's badge in the admin header, for the signed-in person; null for none.</summary>
public interface IAdminBadges
{
    Task<AdminBadge?> GetAsync(ContentAccess access, CancellationToken cancellationToken = default);
}
