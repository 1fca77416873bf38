using System.Net;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;
using EmulationPortal.FunctionalTests.Faults;
using EmulationPortal.Media.Services;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Media;

/// <summary>
/// The media store is a seam: uploads, rendition jobs and the /media addresses all go through
/// <see cref="IMediaStore"/> and <see cref="IRenditionStore"/>, so a store registered in their place
/// (here one over a folder of its own) is the only one anything touches.
/// </summary>
public sealed class MediaStoreSeamTests : IDisposable
{
    private readonly TestImages _images = new();
    private readonly string _otherRoot = Path.Combine(Path.GetTempPath(), "portal-tests", "store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _images.Dispose();
        if (Directory.Exists(_otherRoot))
        {
            Directory.Delete(_otherRoot, recursive: true);
        }
    }

    [ToolFact("vipsthumbnail", "prlimit")]
    public async Task A_store_registered_in_place_of_the_file_system_one_keeps_the_photo_its_renditions_and_serves_them()
    {
        var other = new FileSystemMediaStore(_otherRoot, maxFileBytes: 50L * 1024 * 1024, maxPixels: 100_000_000);
        using var site = new LoggedSite(new Dictionary<string, string>
        {
            ["Portal:Jobs:PollSeconds"] = "0.2",
            ["Portal:Jobs:RunWorker"] = "true",
        }, services =>
        {
            services.AddSingleton<IMediaStore>(other);
            services.AddSingleton<IRenditionStore>(other);
        });

        StoredMedia stored;
        await using (var session = await site.Service<IDbConnectionFactory>().BeginSessionAsync())
        {
            await using var photo = File.OpenRead(_images.PhoneJpeg());
            stored = await site.Service<IMediaLibrary>().AddAsync(photo, "anh.jpg", session);
            await session.CommitAsync();
        }
        var queue = site.Service<JobQueue>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await queue.ListAsync()).Any(j => j.Status == JobQueue.Pending) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.All(await queue.ListAsync(), job => Assert.Equal(JobQueue.Done, job.Status));
        Assert.NotNull(other.LocalPath(stored.Key));
        Assert.NotNull(other.FindRendition(stored.Key, 480, "webp"));
        var response = await site.CreateClient().GetAsync($"/media/anh/{stored.Key}/480.webp");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(site.Service<FileSystemMediaStore>().Describe(stored.Key));
    }
}
