using Microsoft.Extensions.Logging;

namespace EmulationPortal.Core.Setup;

/// <summary>
/// ASP.NET Core buffers a large upload in a file named <c>ASPNETCORE_{guid}.tmp</c> in ASPNETCORE_TEMP
/// (else the system's temporary folder) and deletes it when the request ends; a crash or a full disk
/// leaves it behind. Those left over from earlier runs go at start; other users' stay (the folder's
/// sticky bit refuses their removal), and no other file there is touched.
/// </summary>
public sealed class UploadBufferCleanup(TimeProvider clock, ILogger<UploadBufferCleanup> logger) : IStartupTask
{
    public static string Folder => Environment.GetEnvironmentVariable("ASPNETCORE_TEMP") is { Length: > 0 } configured ? configured : Path.GetTempPath();

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var removed = new DirectoryInfo(Folder).EnumerateFiles("ASPNETCORE_*.tmp", new EnumerationOptions { IgnoreInaccessible = true })
            .Count(file => PrivateFiles.RemoveIfStale(file, now));
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} upload buffers left in {Folder} by an earlier run", removed, Folder);
        }
        return Task.CompletedTask;
    }
}
