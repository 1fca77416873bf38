using System.Diagnostics;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Core.Setup;

/// <summary>Work a module needs done once the database is ready, at every start (e.g. the admin account).</summary>
public interface IStartupTask
{
    int Order => 0;

    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Brings the database up to date at start: migrations, then on an empty site the setup recipe
/// and (unless turned off) the demo recipe, then the modules' start-up tasks.
/// </summary>
public sealed class SiteInitializer
{
    public const string SetupRecipe = "setup.recipe.json";
    public const string DemoRecipe = "demo.recipe.json";

    private readonly MigrationRunner _migrations;
    private readonly IDbConnectionFactory _connections;
    private readonly RecipeExecutor _recipes;
    private readonly SiteSettings _settings;
    private readonly IEnumerable<IStartupTask> _tasks;
    private readonly PortalOptions _options;
    private readonly ILogger<SiteInitializer> _logger;

    public SiteInitializer(MigrationRunner migrations, IDbConnectionFactory connections, RecipeExecutor recipes, SiteSettings settings,
        IEnumerable<IStartupTask> tasks, IOptions<PortalOptions> options, ILogger<SiteInitializer> logger)
    {
        _migrations = migrations;
        _connections = connections;
        _recipes = recipes;
        _settings = settings;
        _tasks = tasks;
        _options = options.Value;
        _logger = logger;
    }

    public string RecipesPath => _options.RecipesPath ?? Path.Combine(AppContext.BaseDirectory, "recipes");

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _migrations.MigrateAsync(cancellationToken);
        // Nodes starting together on an empty site: one sets it up and creates the administrator, the others
        // wait here and then find it done.
        await using (var connection = await _connections.OpenAsync(cancellationToken))
        await using (await _connections.Dialect.LockAsync(connection, DatabaseLock.SiteSetup, cancellationToken))
        {
            await SetUpAsync(cancellationToken);
        }
        // Starting reads much and keeps little (recipes, the search index's first load): that memory goes
        // back to the system before readers come, so a small server holds what the portal uses, not what it read.
        if (_options.CompactMemoryAfterStart)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        if (await _settings.GetAsync(SiteSettings.SetupCompleted, cancellationToken) is null)
        {
            // Both recipes import by id, so a start that failed half-way is simply repeated.
            await _recipes.RunAsync(Path.Combine(RecipesPath, SetupRecipe), cancellationToken);
            if (_options.DemoContent)
            {
                await _recipes.RunAsync(Path.Combine(RecipesPath, DemoRecipe), cancellationToken);
            }
            await _settings.SetAsync(SiteSettings.SetupCompleted, RecipeReader.Timestamp(DateTime.UtcNow), cancellationToken);
            _logger.LogInformation("New site set up (demo content: {Demo})", _options.DemoContent);
        }
        foreach (var task in _tasks.OrderBy(t => t.Order))
        {
            var started = Stopwatch.GetTimestamp();
            await task.RunAsync(cancellationToken);
            _logger.LogDebug("Start-up task {Task} took {Milliseconds:0} ms", task.GetType().Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
