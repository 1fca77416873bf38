using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Site.Controllers;

namespace EmulationPortal.Site;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (SitePermissions.MayManageSettings(access))
        {
            yield return new AdminMenuItem("Thông tin cổng", Routes.AdminSettings, 82);
        }
    }
}
