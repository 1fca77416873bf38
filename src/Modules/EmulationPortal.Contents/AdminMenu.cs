using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Contents;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.SeesAllClusters || access.Clusters.Count > 0)
        {
            yield return new AdminMenuItem("Tổng quan", PortalRoutes.AdminDashboard, 0);
            yield return new AdminMenuItem("Nội dung", PortalRoutes.ContentList, 10);
        }
    }
}
