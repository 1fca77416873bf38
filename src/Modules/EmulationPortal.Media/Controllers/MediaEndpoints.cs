using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EmulationPortal.Media.Controllers;

/// <summary>The public addresses of stored files: originals and attachments, and photos' renditions.</summary>
public static class MediaEndpoints
{
    public static void MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{key}", ServeOriginalAsync);
        endpoints.MapGet("/media/anh/{key}/{width:int}.{format}", ServePhoto);
    }

    /// <summary>
    /// A document live content names is a public download; one only drafts or unpublished items name
    /// goes to their cluster's people and Staff, never into a shared cache. A photo's original keeps its
    /// metadata (GPS included), so it is for Staff and Administrators only; readers get renditions.
    /// </summary>
    private static async Task<IResult> ServeOriginalAsync(string key, string? ten, HttpContext http, IMediaStore store,
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
    private static IResult ServePhoto(string key, int width, string format, HttpContext http, IMediaStore store, IRenditionStore renditions)
    {
        NoSniff(http);
        if (renditions.FindRendition(key, width, format) is { } rendition)
        {
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            return Results.File(rendition.CreateReadStream(), format == "webp" ? "image/webp" : "image/jpeg", lastModified: rendition.LastModified);
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
