using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.SeesAllClusters || access.Clusters.Count > 0)
        {
            yield return new AdminMenuItem("Tổng quan", "/admin", 0);
            yield return new AdminMenuItem("Nội dung", "/admin/noi-dung", 10);
        }
    }
}
