using EmulationPortal.Calendar.Controllers;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.Calendar;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.IsAdministrator)
        {
            yield return new AdminMenuItem("Ngày nghỉ lễ", Routes.AdminWorkingDays, 78);
        }
    }
}
