using EmulationPortal.Core.Media;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Media.Services;

/// <summary>
/// At start: removes the files a crash or a full disk left half-written in the media folder (stored
/// files and renditions are written aside and moved in, so only those temporary names can be partial),
/// and makes the folder the portal's alone, also when it lies outside the data folder.
/// </summary>
public sealed class MediaFolderCleanup(IMediaStore store, TimeProvider clock, ILogger<MediaFolderCleanup> logger) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var tidying = store.Tidy(clock.GetUtcNow().UtcDateTime);
        if (tidying.Removed > 0 || tidying.MadePrivate > 0)
        {
            logger.LogInformation("Media folder {Root}: removed {Removed} temporary files left by an earlier run, made {Private} files and folders private",
                tidying.Location, tidying.Removed, tidying.MadePrivate);
        }
        return Task.CompletedTask;
    }
}
