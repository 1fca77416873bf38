namespace EmulationPortal.Calendar.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AdminWorkingDays = "admin-working-days";
    public const string AdminWorkingDayRemove = "admin-working-day-remove";
}
