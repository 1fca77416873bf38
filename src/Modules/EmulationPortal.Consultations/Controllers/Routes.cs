namespace EmulationPortal.Consultations.Controllers;

/// <summary>Names of the routes only this module links to; the list, which the footer links to, is in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string Details = "consultation-details";
    public const string Preview = "consultation-preview";
    public const string Comment = "consultation-comment";
    public const string Received = "consultation-received";
    public const string Feed = "consultations-feed";
    public const string AdminList = "admin-consultations";
    public const string AdminCreate = "admin-consultation-create";
    public const string AdminEdit = "admin-consultation-edit";
    public const string AdminComments = "admin-consultation-comments";
    public const string AdminHandle = "admin-consultation-handle";
    public const string AdminRecord = "admin-consultation-record";
}
