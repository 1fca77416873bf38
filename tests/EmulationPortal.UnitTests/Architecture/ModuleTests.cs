using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EmulationPortal.UnitTests.Architecture;

/// <summary>Every module has the same shape and talks to the others through Core, never through their projects or tables.</summary>
public sealed partial class ModuleTests
{
    /// <summary>What a module's root may hold; a folder a module does not need is simply absent.</summary>
    private static readonly HashSet<string> AllowedAtRoot =
    [
        "Startup.cs", "Permissions.cs", "AdminMenu.cs",
        "Migrations", "Models", "Services", "Controllers", "Views", "Recipes",
        "bin", "obj",
    ];

    public static TheoryData<string> Modules => new(SourceTree.Modules.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_s_root_holds_only_the_common_files_and_folders(string module)
    {
        var folder = SourceTree.Modules[module];
        var unexpected = Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .Where(name => !AllowedAtRoot.Contains(name!) && name != $"EmulationPortal.{module}.csproj");
        Assert.Empty(unexpected);
        Assert.True(File.Exists(Path.Combine(folder, "Startup.cs")), $"{module} has no Startup.cs");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_no_other_module(string module)
    {
        var project = XDocument.Load(Path.Combine(SourceTree.Modules[module], $"EmulationPortal.{module}.csproj"));
        var references = project.Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!);
        Assert.DoesNotContain(references, reference => reference.Replace('\\', '/').Contains("/Modules/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_s_SQL_names_only_its_own_tables(string module)
    {
        // A table belongs to whoever creates it first: Core's migrations run before the modules', so a
        // module's migration that rebuilds a Core table (SQLite cannot add a foreign key otherwise) does not own it.
        var others = new[] { (Owner: "Core", Folder: SourceTree.Core) }
            .Concat(SourceTree.Modules.Select(m => (Owner: m.Key, Folder: m.Value)))
            .SelectMany(o => TablesOf(o.Folder).Select(table => (Table: table, o.Owner)))
            .DistinctBy(t => t.Table, StringComparer.OrdinalIgnoreCase)
            .Where(t => t.Owner != module)
            .ToDictionary(t => t.Table, t => t.Owner, StringComparer.OrdinalIgnoreCase);
        var folder = SourceTree.Modules[module];
        var crossings = new List<string>();
        foreach (var file in SourceTree.SourceFiles(folder))
        {
            var relative = Path.Combine(module, Path.GetRelativePath(folder, file)).Replace('\\', '/');
            foreach (Match literal in StringLiteral().Matches(File.ReadAllText(file)))
            {
                foreach (Match name in TableName().Matches(literal.Value))
                {
                    var table = name.Groups["table"].Value;
                    if (others.TryGetValue(table, out var owner))
                    {
                        crossings.Add($"{relative} names {owner}'s table {table}");
                    }
                }
            }
        }
        Assert.Empty(crossings);
    }

    [Fact]
    public void The_scan_finds_a_table_named_in_a_raw_string()
    {
        // Guards the scan itself: were it to find nothing, the test above would pass for nothing.
        const string code = "var sql = \"\"\"\n    SELECT 1 FROM x JOIN content_items i ON i.id = x.id\n    \"\"\";";
        var names = StringLiteral().Matches(code).SelectMany(l => TableName().Matches(l.Value)).Select(m => m.Groups["table"].Value);
        Assert.Equal(["x", "content_items"], names);
        Assert.Contains("content_items", TablesOf(SourceTree.Core));
        Assert.Contains("clusters", TablesOf(SourceTree.Modules["Clusters"]));
    }

    private static HashSet<string> TablesOf(string project) =>
        (Directory.Exists(Path.Combine(project, "Migrations")) ? Directory.EnumerateFiles(Path.Combine(project, "Migrations"), "*.sql") : [])
            .SelectMany(file => CreateTable().Matches(File.ReadAllText(file)).Select(m => m.Groups["table"].Value.ToLowerInvariant()))
            .ToHashSet();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|@\"(?:[^\"]|\"\")*\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+""?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex TableName();

    [GeneratedRegex(@"CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?""?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}
