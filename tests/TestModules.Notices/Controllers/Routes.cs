namespace TestModules.Notices.Controllers;

/// <summary>Names of this module's routes: its pages link to them, and its content type names them.</summary>
public static class Routes
{
    public const string List = "notices-list";
    public const string Details = "notices-details";
    public const string Preview = "notices-preview";
    public const string AdminCreate = "admin-notices-create";
    public const string AdminEdit = "admin-notices-edit";
}
