namespace PageBench;

/// <summary>Where a benchmark finds the repository, and how big what it wrote has grown.</summary>
internal static class BenchFiles
{
    /// <summary>The repository holds the solution file; a bench runs from its own bin folder inside it.</summary>
    public static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EmulationPortal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new BenchException("cannot find the repository (EmulationPortal.sln) above the bench's folder");
    }

    /// <summary>The SQLite database with its write-ahead log.</summary>
    public static long DatabaseBytes(string dataFolder) =>
        Directory.EnumerateFiles(dataFolder, "portal.db*").Sum(f => new FileInfo(f).Length);

    public static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;
}
