using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Users.Controllers.Admin;

namespace EmulationPortal.Users;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.IsAdministrator)
        {
            yield return new AdminMenuItem("Người dùng", Routes.AdminUsers, 80);
        }
    }
}
