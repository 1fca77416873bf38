namespace EmulationPortal.Site.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AdminSettings = "admin-site-settings";
}
