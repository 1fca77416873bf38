using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TestModules.Notices.Models;

namespace TestModules.Notices;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IContentType, NoticeType>();
}
