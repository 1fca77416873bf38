using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.News.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.News;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IContentType, ConferenceType>();
}
