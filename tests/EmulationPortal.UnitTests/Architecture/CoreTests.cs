using EmulationPortal.Core.Content;

namespace EmulationPortal.UnitTests.Architecture;

/// <summary>Core is the content core every module shares: it knows no MVC, no page and no particular content type.</summary>
public sealed class CoreTests
{
    private static readonly System.Reflection.Assembly Core = typeof(ContentStore).Assembly;

    [Fact]
    public void Core_references_no_MVC_assembly()
    {
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), name => name.Name!.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_has_no_controller_and_no_view()
    {
        Assert.DoesNotContain(Core.GetTypes(), type => type.Name.EndsWith("Controller", StringComparison.Ordinal)
            || typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(type)
            || typeof(Microsoft.AspNetCore.Mvc.Razor.IRazorPage).IsAssignableFrom(type));
        Assert.Empty(Directory.EnumerateFiles(SourceTree.Core, "*.cshtml", SearchOption.AllDirectories));
    }

    [Fact]
    public void Core_names_no_content_type_or_section_of_a_module()
    {
        var named = SourceTree.SourceFiles(SourceTree.Core)
            .Where(file => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(file), "\"(Conference|Plan|AwardDecision|Document|News|Documents)\""))
            .Select(file => Path.GetRelativePath(SourceTree.Root, file));
        Assert.Empty(named);
    }
}
