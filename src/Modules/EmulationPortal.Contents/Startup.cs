using EmulationPortal.Contents.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Contents;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAdminMenu, AdminMenu>();
        services.AddSingleton<PreviewLinkStore>();
        services.AddSingleton<IPreviewLinks>(provider => provider.GetRequiredService<PreviewLinkStore>());
    }
}
