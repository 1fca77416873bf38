using System.Runtime.InteropServices;

namespace EmulationPortal.Core.Setup;

/// <summary>
/// The data folder holds the database, the media and the first administrator password: it is the
/// portal's alone (folders 0700, files 0600), and temporary files a crash or a full disk left in it
/// are removed at start.
/// </summary>
public static partial class PrivateFiles
{
    public const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// A temporary file this old is nobody's work in progress: a file is written out within seconds and a
    /// rendition within its time limit, and an upload being buffered is written to all the time.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// From now on every file and folder this process (and the tools it starts: SQLite, libvips) creates
    /// is its own alone, and the data folder and the files directly in it are made so if an older version
    /// left them readable. Below it a 0700 folder already keeps everyone else out.
    /// </summary>
    public static void Apply(string dataPath)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }
        SetUmask(0b000_111_111);
        MakePrivate(Directory.CreateDirectory(dataPath, Folder));
        foreach (var entry in new DirectoryInfo(dataPath).EnumerateFileSystemInfos())
        {
            MakePrivate(entry);
        }
    }

    /// <summary>Removes the stale temporary files <paramref name="isTemporary"/> recognises under <paramref name="root"/>
    /// and makes everything else there private; returns how many files it removed and how many it made private.</summary>
    public static (int Removed, int MadePrivate) Sweep(string root, Func<string, bool> isTemporary, DateTime nowUtc)
    {
        var (removed, madePrivate) = (0, 0);
        if (!Directory.Exists(root))
        {
            return (0, 0);
        }
        madePrivate += MakePrivate(new DirectoryInfo(root)) ? 1 : 0;
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions
                 { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (entry is FileInfo file && isTemporary(file.Name))
            {
                removed += RemoveIfStale(file, nowUtc) ? 1 : 0;
                continue;
            }
            try
            {
                madePrivate += MakePrivate(entry) ? 1 : 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or another user's in a shared folder.
            }
        }
        return (removed, madePrivate);
    }

    /// <summary>Deletes a temporary file nobody has written to for <see cref="StaleAfter"/>; false when it is recent or not ours to delete.</summary>
    public static bool RemoveIfStale(FileInfo file, DateTime nowUtc)
    {
        try
        {
            if (nowUtc - file.LastWriteTimeUtc <= StaleAfter)
            {
                return false;
            }
            file.Delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool MakePrivate(FileSystemInfo entry)
    {
        if (OperatingSystem.IsWindows() || entry.LinkTarget is not null)
        {
            return false;
        }
        var wanted = entry is DirectoryInfo ? Folder : File;
        if ((entry.UnixFileMode & ~wanted) == 0)
        {
            return false;
        }
        entry.UnixFileMode &= wanted;
        return true;
    }

    private static void SetUmask(uint mask) => Umask(mask);

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint Umask(uint mask);
}
