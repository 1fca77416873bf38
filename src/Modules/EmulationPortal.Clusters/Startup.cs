using EmulationPortal.Clusters.Models;
using EmulationPortal.Clusters.Recipes;
using EmulationPortal.Clusters.Services;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Clusters;

public sealed class Startup : IModuleStartup
{
    // Content refers to clusters, so their tables come first.
    public int Order => -10;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ClusterStore>();
        services.AddSingleton<IClusterDirectory>(provider => provider.GetRequiredService<ClusterStore>());
        services.AddSingleton<IUnitDirectory, UnitDirectory>();
        services.AddSingleton<IRecipeStep, UnitsRecipeStep>();
        services.AddSingleton<IRecipeStep, ClustersRecipeStep>();
        services.AddSingleton<ClusterAdministration>();
        services.AddSingleton<IContentType, ClusterYearType>();
        services.AddSingleton<ClusterYears>();
        services.AddSingleton<IUnitResults>(provider => provider.GetRequiredService<ClusterYears>());
        services.AddSingleton<IContentObserver, NextTermFromYear>();
        services.AddSingleton<EmulationPortal.Mvc.Syndication.ISitemapSource, ClustersSitemap>();
        services.AddSingleton<IAdminMenu, AdminMenu>();
    }
}
