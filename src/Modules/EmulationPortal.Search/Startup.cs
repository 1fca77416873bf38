using EmulationPortal.Core.Data;
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
        // The index of the site's database engine: SQLite FTS5, or PostgreSQL full text.
        services.AddSingleton<SearchIndexBase>(provider => provider.GetRequiredService<IDbConnectionFactory>().Dialect.Name switch
        {
            "sqlite" => ActivatorUtilities.CreateInstance<SqliteSearchIndex>(provider),
            "postgres" => ActivatorUtilities.CreateInstance<PostgresSearchIndex>(provider),
            var engine => throw new InvalidOperationException($"Search has no index for the database engine \"{engine}\"."),
        });
        services.AddSingleton<ISearchIndex>(provider => provider.GetRequiredService<SearchIndexBase>());
        services.AddSingleton<IContentObserver>(provider => provider.GetRequiredService<SearchIndexBase>());
        services.AddSingleton<IStartupTask, SearchIndexCheck>();
    }
}
