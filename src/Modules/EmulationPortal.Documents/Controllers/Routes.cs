namespace EmulationPortal.Documents.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string Details = "documents-details";
    public const string Atom = "documents-atom";
    public const string Preview = "documents-preview";
    public const string AdminCreate = "admin-documents-create";
    public const string AdminEdit = "admin-documents-edit";
    public const string AdminIntake = "admin-documents-intake";
    public const string AdminUnitSuggestions = "admin-unit-suggestions";
}
