using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.Documents.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Documents;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentType, PlanType>();
        services.AddSingleton<IContentType, AwardDecisionType>();
        services.AddSingleton<IContentType, DocumentType>();
    }
}
