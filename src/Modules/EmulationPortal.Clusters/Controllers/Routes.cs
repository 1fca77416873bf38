namespace EmulationPortal.Clusters.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AdminClusters = "admin-clusters";
    public const string AdminClusterCreate = "admin-cluster-create";
    public const string AdminCluster = "admin-cluster";
    public const string AdminClusterTermCreate = "admin-cluster-term-create";
    public const string AdminClusterTerm = "admin-cluster-term";
    public const string AdminClusterTermDelete = "admin-cluster-term-delete";
    public const string AdminUnits = "admin-units";
    public const string AdminUnitCreate = "admin-unit-create";
    public const string AdminUnit = "admin-unit";
    public const string YearBySlug = "cluster-year-by-slug";
    public const string YearPreview = "cluster-year-preview";
    public const string AdminYearCreate = "admin-cluster-year-create";
    public const string AdminYearEdit = "admin-cluster-year-edit";
}
