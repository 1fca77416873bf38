using System.Data.Common;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The real portal in-process, listening with Kestrel on a loopback port the system picks, so that a
/// browser in another process can reach it. Each server is a fresh site over its own SQLite file in a
/// temporary folder, deleted when the server is disposed.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";

    /// <summary>Known, so that journeys can log in as the administrator the first start creates.</summary>
    public const string AdminPassword = "Browser-tests-2026!";

    private readonly bool _demoContent;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider? _clock;

    private PortalServer(bool demoContent, IReadOnlyDictionary<string, string> settings, TimeProvider? clock)
    {
        _demoContent = demoContent;
        _settings = settings;
        _clock = clock;
        DataPath = Path.Combine(Path.GetTempPath(), "portal-browser-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Starts a fresh site and returns once it answers on its port.</summary>
    /// <param name="demoContent">Whether the first start imports the demo recipe.</param>
    /// <param name="settings">More configuration, e.g. <c>["Portal:Media:MaxFileBytes"] = "1000"</c>.</param>
    /// <param name="clock">The site's clock, when a journey moves time on (a comment period closing).</param>
    public static PortalServer Start(bool demoContent = true, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        var server = new PortalServer(demoContent, settings ?? new Dictionary<string, string>(), clock);
        try
        {
            // Port 0: the system picks a free port, so parallel collections never collide.
            server.UseKestrel(0);
            server.StartServer();
            server.WaitUntilServing();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits until the site reports ready and has rendered its home page once, so that a journey's
    /// first navigation meets a warm site rather than racing its first render on a busy machine.
    /// </summary>
    private void WaitUntilServing()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        foreach (var path in new[] { "/health/ready", "/" })
        {
            while (true)
            {
                try
                {
                    using var response = client.GetAsync(path).GetAwaiter().GetResult();
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet: try again until the deadline.
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"The portal at {BaseUrl} did not answer {path} within 5 minutes.");
                }
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>The folder of the SQLite file, the media and anything else the site writes.</summary>
    public string DataPath { get; }

    /// <summary>Where the site listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return addresses.Addresses.Single().TrimEnd('/');
        }
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<DbConnection> OpenDatabaseAsync() => await Service<IDbConnectionFactory>().OpenAsync();

    /// <summary>Adds accounts through a recipe's <c>Users</c> step, as an administrator moving people in would.</summary>
    public async Task AddUsersAsync(params JsonObject[] users)
    {
        var folder = Path.Combine(DataPath, "people");
        Directory.CreateDirectory(folder);
        var recipe = new JsonObject
        {
            ["name"] = "people",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "Users", ["users"] = new JsonArray(users) }),
        };
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString());
        await Service<RecipeExecutor>().RunAsync(path);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, so that the browser sees what a reader sees (no developer error pages).
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:DataPath", DataPath);
        builder.UseSetting("Portal:DemoContent", _demoContent ? "true" : "false");
        builder.UseSetting("Portal:AdminUserName", AdminUserName);
        builder.UseSetting("Portal:AdminPassword", AdminPassword);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // Either the site failed before writing anything, or a file is still held open:
                // what is left goes with the temp folder's own clean-up.
            }
        }
    }
}
