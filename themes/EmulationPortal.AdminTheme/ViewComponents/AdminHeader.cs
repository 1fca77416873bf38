using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.AdminTheme.ViewComponents;

/// <summary>A link of the admin's navigation; the one of the page shown is marked current.</summary>
public sealed record AdminHeaderLink(string Text, string Url, bool Current);

/// <summary>What the admin header shows: the signed-in person and the entries they may use.</summary>
public sealed record AdminHeaderModel(bool SignedIn, string? UserName, IReadOnlyList<AdminHeaderLink> Links)
{
    /// <summary>Links with a count (unread notifications), beside the person's name.</summary>
    public IReadOnlyList<AdminBadgeLink> Badges { get; init; } = [];
}

/// <summary>A badge of the header: its text, address, count and the count said in words.</summary>
public sealed record AdminBadgeLink(string Text, string Url, int Count, string CountLabel, bool Current);

/// <summary>The admin header: every module's menu entries, filtered by the person's rights.</summary>
public sealed class AdminHeader(IEnumerable<IAdminMenu> menus, IEnumerable<IAdminBadges> badges, IContentAccessProvider accessProvider) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var access = await accessProvider.GetAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
        var path = Request.Path.Value ?? "";
        var dashboard = Url.RouteUrl(PortalRoutes.AdminDashboard);
        var links = menus.SelectMany(menu => menu.Items(access))
            .OrderBy(item => item.Order)
            .Select(item => (item.Text, Url: Url.RouteUrl(item.RouteName)!))
            // The dashboard's address begins every other one: it is current only on itself.
            .Select(item => new AdminHeaderLink(item.Text, item.Url,
                item.Url != dashboard && path.StartsWith(item.Url, StringComparison.Ordinal) || item.Url == path))
            .ToList();
        var badgeLinks = new List<AdminBadgeLink>();
        if (access.IsAuthenticated)
        {
            foreach (var source in badges)
            {
                if (await source.GetAsync(access, HttpContext.RequestAborted) is { } badge)
                {
                    var url = Url.RouteUrl(badge.RouteName)!;
                    badgeLinks.Add(new AdminBadgeLink(badge.Text, url, badge.Count, badge.CountLabel, path == url));
                }
            }
        }
        return View(new AdminHeaderModel(access.IsAuthenticated, access.UserName, links) { Badges = badgeLinks });
    }
}
