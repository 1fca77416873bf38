using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
        // Before the first file is written (the database, the media, the generated password).
        PrivateFiles.Apply(dataPath);

        services.AddSingleton(catalog);
        var dialect = CreateDialect(options.Database, dataPath);
        // Registered by factory so that the container disposes it (and its connection pool) with the host.
        services.AddSingleton(_ => dialect);
        if (dialect is PostgresDialect)
        {
            services.AddSingleton<PostgresChangeFeed>();
            services.AddSingleton<IChangeFeed>(provider => provider.GetRequiredService<PostgresChangeFeed>());
            services.AddHostedService(provider => provider.GetRequiredService<PostgresChangeFeed>());
        }
        else
        {
            services.AddSingleton<IChangeFeed, LocalChangeFeed>();
        }
        services.AddDataProtection().SetApplicationName("EmulationPortal");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            keys => keys.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IDbConnectionFactory>(), provider.GetRequiredService<TimeProvider>())));
        services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<ContentTypeRegistry>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<Search.SearchableContent>();
        services.AddSingleton<ContentEditing>();
        services.AddSingleton<TimeProvider, MicrosecondClock>();
        // The loops ride out faults themselves (OutageBackoff); should one still throw, it must not take the site down with it.
        services.Configure<HostOptions>(host => host.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        services.AddHostedService<ScheduledPublisher>();
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.AddSingleton<JobQueue>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<IRecipeStep, SettingsRecipeStep>();
        services.AddSingleton<IRecipeStep, ContentRecipeStep>();
        services.AddSingleton<SiteInitializer>();
        services.AddSingleton<IStartupTask, UploadBufferCleanup>();
        services.AddSingleton<IStartupTask, AdminSearchWordsFill>();
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
            "postgres" or "postgresql" => new PostgresDialect(string.IsNullOrWhiteSpace(database.ConnectionString)
                ? throw new InvalidOperationException("Portal:Database:ConnectionString is required for PostgreSQL.")
                : database.ConnectionString),
            _ => throw new InvalidOperationException(
                $"Portal:Database:Provider '{database.Provider}' is not supported; use Sqlite or Postgres."),
        };
}
