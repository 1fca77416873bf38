using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Authorization;

namespace EmulationPortal.Site;

/// <summary>
/// Who speaks for the portal: its name, the agency responsible, its contacts and logo are what the e-portal decree
/// holds the agency to, so only administrators set them.
/// </summary>
public static class SitePermissions
{
    /// <summary>The authorization policy of the site settings page.</summary>
    public const string ManageSettings = "site-manage-settings";

    public static bool MayManageSettings(ContentAccess access) => access.IsAdministrator;

    public static AuthorizationPolicy Build() => ContentAccessRequirement.Policy(MayManageSettings);
}
