using EmulationPortal.Awards.Recipes;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using EmulationPortal.Mvc.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Awards;

public sealed class Startup : IModuleStartup
{
    // The register is built from content and units, whose tables come first.
    public int Order => 30;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AwardKindCatalogue>();
        services.AddSingleton<AwardRegister>();
        services.AddSingleton<AwardMatching>();
        services.AddSingleton<IAwardMatching>(provider => provider.GetRequiredService<AwardMatching>());
        services.AddSingleton<IContentObserver>(provider => provider.GetRequiredService<AwardRegister>());
        services.AddSingleton<IStartupTask, AwardRegisterCheck>();
        services.AddSingleton<IRecipeStep, AwardKindsRecipeStep>();
        services.AddSingleton<AwardRegisterSnapshot>();
        services.AddSingleton<AwardLookup>();
        services.AddSingleton<UnitHistory>();
        services.AddSingleton<IAwardFacts, AwardFacts>();
        services.AddSingleton<AwardStatistics>();
        services.AddSingleton<AwardKindAdministration>();
        services.AddSingleton<UnmatchedUnits>();
        services.AddSingleton<IAdminMenu, AdminMenu>();
        services.AddAuthorizationBuilder().AddPolicy(AwardsPermissions.ManageRegister, AwardsPermissions.Build());
    }
}
