using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using EmulationPortal.Search.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Search;

public sealed class Startup : IModuleStartup
{
    // The index reads content and media tables.
    public int Order => 20;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // One index per process, on disk, over the search_documents table of either database engine.
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton<SearchEngines>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ISearchIndex>(provider => provider.GetRequiredService<SearchIndex>());
        services.AddSingleton<IContentObserver>(provider => provider.GetRequiredService<SearchIndex>());
        services.AddSingleton<IStartupTask, SearchIndexCheck>();
        services.AddSingleton<SearchSuggestions>();
    }
}
