using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Admin;

public sealed record AdminMenuItem(string Text, string Url, int Order);

/// <summary>Each module's entries in the admin's navigation, shown to whoever may use them.</summary>
public interface IAdminMenu
{
    IEnumerable<AdminMenuItem> Items(ContentAccess access);
}
