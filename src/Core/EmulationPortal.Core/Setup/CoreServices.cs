using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EmulationPortal.Core.Setup;

public static class CoreServices
{
    /// <summary>The content core, data access for the configured engine, recipes, and every module.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment, ModuleCatalog catalog)
    {
        var options = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var dataPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DataPath));
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.PostConfigure<PortalOptions>(o => o.DataPath = dataPath);

        services.AddSingleton(catalog);
        services.AddSingleton(CreateDialect(options.Database, dataPath));
        services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<ContentTypeRegistry>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentCards>();
        services.AddSingleton<ContentEditing>();
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<ScheduledPublisher>();
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.AddSingleton<JobQueue>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<IRecipeStep, SettingsRecipeStep>();
        services.AddSingleton<IRecipeStep, ContentRecipeStep>();
        services.AddSingleton<SiteInitializer>();
        foreach (var module in catalog.Modules)
        {
            module.Startup.ConfigureServices(services, configuration);
        }
        return services;
    }

    private static ISqlDialect CreateDialect(DatabaseOptions database, string dataPath) =>
        database.Provider.ToLowerInvariant() switch
        {
            "sqlite" => string.IsNullOrWhiteSpace(database.ConnectionString)
                ? SqliteDialect.ForFile(Path.Combine(dataPath, "portal.db"))
                : new SqliteDialect(database.ConnectionString),
            _ => throw new InvalidOperationException(
                $"Portal:Database:Provider '{database.Provider}' is not supported; use Sqlite."),
        };
}
