namespace EmulationPortal.UnitTests.Architecture;

/// <summary>The repository's source folders, found from the test assembly upwards.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Core => Path.Combine(Root, "src", "Core", "EmulationPortal.Core");

    /// <summary>Every module's folder, by its short name (Clusters, Media…).</summary>
    public static IReadOnlyDictionary<string, string> Modules { get; } =
        Directory.GetDirectories(Path.Combine(Root, "src", "Modules"), "EmulationPortal.*")
            .ToDictionary(folder => Path.GetFileName(folder)["EmulationPortal.".Length..], folder => folder);

    /// <summary>The C# files of a project, without what the build writes.</summary>
    public static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EmulationPortal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No EmulationPortal.sln above {AppContext.BaseDirectory}.");
    }
}
