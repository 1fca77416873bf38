namespace EmulationPortal.Mvc.Routing;

/// <summary>
/// Names of the routes that pages of more than one module link to (the layouts, breadcrumbs, cross-module
/// "see all" links, redirects after sign-in). They live here because modules reference Mvc but not each
/// other; routes only one module links to are named in that module's own <c>Routes</c> class.
/// </summary>
public static class PortalRoutes
{
    public const string Home = "home";
    public const string NewsList = "news-list";
    public const string DocumentsList = "documents-list";
    public const string ClustersList = "clusters-list";
    public const string ClusterDetails = "cluster-details";
    public const string UnitDetails = "unit-details";
    public const string Search = "search";

    /// <summary>The search box's suggestions as the reader types (<c>/api/search/complete</c>).</summary>
    public const string SearchCompletion = "search-completion";
    public const string AwardStatistics = "award-statistics";
    public const string AwardLookup = "award-lookup";
    public const string Calendar = "calendar";
    public const string CalendarFeed = "calendar-feed";
    public const string Consultations = "consultations-list";
    public const string NewsFeed = "news-rss";
    public const string DocumentsFeed = "documents-rss";
    public const string Favicon = "favicon";
    public const string WebManifest = "web-manifest";
    public const string ClusterYear = "cluster-year";
    public const string Contact = "contact";
    public const string About = "about";
    public const string English = "english";
    public const string AdminDashboard = "admin-dashboard";
    public const string ContentList = "admin-content-list";
    public const string ContentItem = "admin-content-item";
    public const string ChangePassword = "admin-change-password";
    public const string Account = "admin-account";
    public const string Logout = "admin-logout";
    public const string MarkdownPreview = "admin-markdown-preview";
    public const string MediaUpload = "admin-media-upload";
}
