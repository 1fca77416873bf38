using EmulationPortal.Core;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using EmulationPortal.Media.Jobs;
using EmulationPortal.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EmulationPortal.Media;

public sealed class Startup : IModuleStartup
{
    // Content and its recipes store files through the library, so its tables come early.
    public int Order => -5;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.Configure<RenditionOptions>(configuration.GetSection(RenditionOptions.Section));
        services.Configure<TextExtractionOptions>(configuration.GetSection(TextExtractionOptions.Section));
        services.AddSingleton(provider =>
        {
            var media = provider.GetRequiredService<IOptions<MediaOptions>>().Value;
            var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
            return new FileSystemMediaStore(
                string.IsNullOrWhiteSpace(media.Root) ? Path.Combine(portal.DataPath, "media") : media.Root,
                media.MaxFileBytes,
                media.MaxPixels);
        });
        services.AddSingleton<IMediaStore>(provider => provider.GetRequiredService<FileSystemMediaStore>());
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<PublishedMedia>();
        services.AddSingleton<IMediaLibrary>(provider => provider.GetRequiredService<MediaLibrary>());
        services.AddSingleton<IAttachmentTexts>(provider => provider.GetRequiredService<MediaLibrary>());
        services.AddSingleton(provider => new RenditionMaker(provider.GetRequiredService<IOptions<RenditionOptions>>().Value));
        services.AddSingleton(provider => new TextExtractor(provider.GetRequiredService<IOptions<TextExtractionOptions>>().Value));
        services.AddSingleton<IJobHandler, RenditionJob>();
        services.AddSingleton<IJobHandler, TextExtractionJob>();
        services.AddSingleton<IStartupTask, MediaToolsCheck>();
        services.AddSingleton<IStartupTask, MediaFolderCleanup>();
    }

    public void Configure(WebApplication app)
    {
        app.MapGet("/media/{key}", ServeOriginalAsync);
        app.MapGet("/media/anh/{key}/{width:int}.{format}", ServePhoto);
    }

    /// <summary>
    /// A document live content names is a public download; one only drafts or unpublished items name
    /// goes to their cluster's people and Staff, never into a shared cache. A photo's original keeps its
    /// metadata (GPS included), so it is for Staff and Administrators only; readers get renditions.
    /// </summary>
    private static async Task<IResult> ServeOriginalAsync(string key, string? ten, HttpContext http, FileSystemMediaStore store,
        IContentAccessProvider accessProvider, PublishedMedia published)
    {
        if (store.Describe(key) is not { } media || store.OpenRead(key) is not { } stream)
        {
            return Results.NotFound();
        }
        NoSniff(http);
        if (media.Kind == MediaKind.Image)
        {
            var access = await accessProvider.GetAsync(http.User, http.RequestAborted);
            if (!access.SeesAllClusters)
            {
                await stream.DisposeAsync();
                return Results.NotFound();
            }
            http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
            return Results.File(stream, media.ContentType, SafeFileName.WithExtension(ten ?? "anh-goc", Path.GetExtension(key).TrimStart('.')));
        }
        if (await published.IsPublishedAsync(key))
        {
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        }
        else if (await published.MaySeeUnpublishedAsync(key, await accessProvider.GetAsync(http.User, http.RequestAborted), http.RequestAborted))
        {
            http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        }
        else
        {
            await stream.DisposeAsync();
            return Results.NotFound();
        }
        return Results.File(stream, media.ContentType, SafeFileName.WithExtension(ten, Path.GetExtension(key).TrimStart('.')), enableRangeProcessing: true);
    }

    /// <summary>
    /// A rendition when it has been made; until then (or for good, when it could not be made) a small
    /// neutral placeholder. Never the original: reading it would cost the whole file's memory per
    /// request, and a phone photo would show sideways, as its orientation lives in the metadata.
    /// </summary>
    private static IResult ServePhoto(string key, int width, string format, HttpContext http, FileSystemMediaStore store)
    {
        NoSniff(http);
        if (store.RenditionPath(key, width, format) is { } rendition)
        {
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            return Results.File(rendition, format == "webp" ? "image/webp" : "image/jpeg");
        }
        if (format is not ("webp" or "jpg") || store.Describe(key) is not { Kind: MediaKind.Image })
        {
            return Results.NotFound();
        }
        // Not kept anywhere, so the rendition shows as soon as it exists.
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return Results.Bytes(PhotoPlaceholder.Svg, PhotoPlaceholder.ContentType);
    }

    private static void NoSniff(HttpContext http) => http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
}
