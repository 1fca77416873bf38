namespace EmulationPortal.Awards.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules and the themes link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AwardLookupCsv = "award-lookup-csv";
    public const string AwardLookupXlsx = "award-lookup-xlsx";
    public const string AwardsApi = "api-awards";
    public const string UnitApi = "api-unit";
    public const string StatisticsCsv = "award-statistics-csv";
    public const string AdminAwardKinds = "admin-award-kinds";
    public const string AdminAwardKindCreate = "admin-award-kind-create";
    public const string AdminAwardKind = "admin-award-kind";
    public const string AdminAwardKindSpelling = "admin-award-kind-spelling";
    public const string AdminUnmatchedUnits = "admin-unmatched-units";
    public const string AdminUnmatchedUnitLink = "admin-unmatched-unit-link";
    public const string AdminUnmatchedUnitCreate = "admin-unmatched-unit-create";
    public const string AdminUnmatchedUnitsRematch = "admin-unmatched-units-rematch";
}
