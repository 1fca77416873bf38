using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using EmulationPortal.Documents.Models;
using EmulationPortal.Documents.Services.Relations;
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
        services.AddSingleton<IContentType, ReferenceType>();
        services.AddSingleton<DocumentRegister>();
        services.AddSingleton<IContentObserver>(provider => provider.GetRequiredService<DocumentRegister>());
        services.AddSingleton<IStartupTask, DocumentRegisterCheck>();
        services.AddSingleton<DocumentArchive>();
        services.AddSingleton<IContentBadges>(provider => provider.GetRequiredService<DocumentArchive>());
        services.AddSingleton<IItemFilter>(provider => provider.GetRequiredService<DocumentArchive>());
    }
}
