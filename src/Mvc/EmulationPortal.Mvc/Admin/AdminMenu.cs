using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Admin;

/// <summary>An entry of the admin's navigation: the route it leads to, by name, where it stands among the others.</summary>
public sealed record AdminMenuItem(string Text, string RouteName, int Order);

/// <summary>Each module's entries in the admin's navigation, shown to whoever may use them.</summary>
public interface IAdminMenu
{
    IEnumerable<AdminMenuItem> Items(ContentAccess access);
}
