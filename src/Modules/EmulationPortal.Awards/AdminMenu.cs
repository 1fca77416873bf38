using EmulationPortal.Core.Content;
using EmulationPortal.Awards.Controllers;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.Awards;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.SeesAllClusters)
        {
            yield return new AdminMenuItem("Tên đơn vị chưa khớp", Routes.AdminUnmatchedUnits, 74);
        }
        if (access.IsAdministrator)
        {
            yield return new AdminMenuItem("Hình thức khen thưởng", Routes.AdminAwardKinds, 76);
        }
    }
}
