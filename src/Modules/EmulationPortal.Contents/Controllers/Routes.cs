namespace EmulationPortal.Contents.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string AdminContentCompare = "admin-content-compare";
    public const string AdminContentTransition = "admin-content-transition";
    public const string AdminContentSchedule = "admin-content-schedule";
    public const string AdminContentCancelSchedule = "admin-content-cancel-schedule";
    public const string AdminContentRestore = "admin-content-restore";
    public const string AdminContentDelete = "admin-content-delete";
    public const string AdminContentDuplicate = "admin-content-duplicate";
    public const string AdminContentDeletions = "admin-content-deletions";
    public const string AdminPreviewLinkCreate = "admin-preview-link-create";
    public const string AdminPreviewLinkRevoke = "admin-preview-link-revoke";
}
