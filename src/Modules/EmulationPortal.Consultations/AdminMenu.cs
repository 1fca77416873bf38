using EmulationPortal.Consultations.Controllers;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.Consultations;

public sealed class AdminMenu : IAdminMenu
{
    // Comments are read by those who review: the board's staff, or a cluster's reviewers.
    public IEnumerable<AdminMenuItem> Items(ContentAccess access)
    {
        if (access.SeesAllClusters || access.Clusters.Values.Any(role => role == ClusterRole.Reviewer))
        {
            yield return new AdminMenuItem("Lấy ý kiến Nhân dân", Routes.AdminList, 40);
        }
    }
}
