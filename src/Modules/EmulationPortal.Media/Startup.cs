using EmulationPortal.Core;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using EmulationPortal.Media.Controllers;
using EmulationPortal.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddSingleton<IRenditionStore>(provider => provider.GetRequiredService<FileSystemMediaStore>());
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<PublishedMedia>();
        services.AddSingleton<IMediaLibrary>(provider => provider.GetRequiredService<MediaLibrary>());
        services.AddSingleton<IAttachmentTexts>(provider => provider.GetRequiredService<MediaLibrary>());
        services.AddSingleton(provider => new RenditionMaker(provider.GetRequiredService<IOptions<RenditionOptions>>().Value));
        services.AddSingleton(provider => new TextExtractor(provider.GetRequiredService<IOptions<TextExtractionOptions>>().Value));
        services.AddSingleton<IFileTextReader, FileTextReader>();
        services.AddSingleton<IJobHandler, RenditionJob>();
        services.AddSingleton<IJobHandler, TextExtractionJob>();
        services.AddHostedService<MediaToolsCheck>();
        services.AddSingleton<IStartupTask, MediaFolderCleanup>();
    }

    public void Configure(WebApplication app)
    {
        app.MapMediaEndpoints();
    }
}
