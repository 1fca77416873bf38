using EmulationPortal.Core.Modules;
using EmulationPortal.Mvc.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Site;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthorizationBuilder().AddPolicy(SitePermissions.ManageSettings, SitePermissions.Build());
        services.AddSingleton<IAdminMenu, AdminMenu>();
    }
}
