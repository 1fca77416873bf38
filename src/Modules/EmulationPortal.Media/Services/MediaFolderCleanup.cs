using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Media.Services;

/// <summary>
/// At start: removes the files a crash or a full disk left half-written in the media folder (stored
/// files and renditions are written aside and moved in, so only those temporary names can be partial),
/// and makes the folder the portal's alone, also when it lies outside the data folder.
/// </summary>
public sealed class MediaFolderCleanup(FileSystemMediaStore store, TimeProvider clock, ILogger<MediaFolderCleanup> logger) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var (removed, madePrivate) = PrivateFiles.Sweep(store.Root, FileSystemMediaStore.IsTemporary, clock.GetUtcNow().UtcDateTime);
        if (removed > 0 || madePrivate > 0)
        {
            logger.LogInformation("Media folder {Root}: removed {Removed} temporary files left by an earlier run, made {Private} files and folders private",
                store.Root, removed, madePrivate);
        }
        return Task.CompletedTask;
    }
}
