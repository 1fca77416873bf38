namespace EmulationPortal.News.Controllers;

/// <summary>Names of the routes only this module links to; the ones other modules link to are in <c>PortalRoutes</c>.</summary>
public static class Routes
{
    public const string Details = "news-details";
    public const string Preview = "news-preview";
    public const string Atom = "news-atom";
    public const string AdminCreate = "admin-news-create";
    public const string AdminEdit = "admin-news-edit";
}
