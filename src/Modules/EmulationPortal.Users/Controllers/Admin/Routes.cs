namespace EmulationPortal.Users.Controllers.Admin;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AdminUsers = "admin-users";
    public const string AdminUserCreate = "admin-user-create";
    public const string AdminUser = "admin-user";
    public const string AdminUserUnlock = "admin-user-unlock";
    public const string AdminUserLock = "admin-user-lock";
    public const string Login = "admin-login";
}
