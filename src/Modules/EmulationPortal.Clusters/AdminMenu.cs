using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Clusters.Controllers;

namespace EmulationPortal.Clusters;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.IsAdministrator)
        {
            yield return new AdminMenuItem("Cụm, khối thi đua", Routes.AdminClusters, 60);
            yield return new AdminMenuItem("Đơn vị", Routes.AdminUnits, 70);
        }
    }
}
