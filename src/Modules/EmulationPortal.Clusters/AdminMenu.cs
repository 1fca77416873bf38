using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Clusters;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.IsAdministrator)
        {
            yield return new AdminMenuItem("Cụm, khối thi đua", "/admin/cum-thi-dua", 60);
            yield return new AdminMenuItem("Đơn vị", "/admin/don-vi", 70);
        }
    }
}
