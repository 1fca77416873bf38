using EmulationPortal.Core;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Modules;
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
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton<IMediaStore>(provider =>
        {
            var media = provider.GetRequiredService<IOptions<MediaOptions>>().Value;
            var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
            return new FileSystemMediaStore(
                string.IsNullOrWhiteSpace(media.Root) ? Path.Combine(portal.DataPath, "media") : media.Root,
                media.MaxFileBytes);
        });
    }

    public void Configure(WebApplication app)
    {
        app.MapGet("/media/{key}", (string key, string? ten, IMediaStore store, HttpContext http) =>
        {
            if (store.Describe(key) is not { } media || store.OpenRead(key) is not { } stream)
            {
                return Results.NotFound();
            }
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            // Photos show in the page; documents are always downloaded, never rendered by the browser.
            var downloadName = media.Kind == MediaKind.Document ? DownloadName(ten, key) : null;
            return Results.File(stream, media.ContentType, downloadName, enableRangeProcessing: true);
        });
    }

    private static string DownloadName(string? requested, string key)
    {
        var extension = Path.GetExtension(key);
        var name = new string((requested ?? "").Where(c => !Path.GetInvalidFileNameChars().Contains(c) && !char.IsControl(c) && c is not ('\\' or '"')).ToArray()).Trim(' ', '.');
        if (name.Length == 0)
        {
            return "tai-lieu" + extension;
        }
        name = name.Length > 120 ? name[..120] : name;
        return name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? name : name + extension;
    }
}
