namespace EmulationPortal.Awards.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AwardLookup = "award-lookup";
    public const string AwardLookupCsv = "award-lookup-csv";
    public const string AwardLookupXlsx = "award-lookup-xlsx";
    public const string AwardsApi = "api-awards";
    public const string UnitApi = "api-unit";
}
