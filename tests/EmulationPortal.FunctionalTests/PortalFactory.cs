using Dapper;
using System.Data.Common;
using AngleSharp;
using AngleSharp.Dom;
using System.Net;
using EmulationPortal.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests;

/// <summary>
/// The real portal in-process over a real SQLite file in a folder of its own. Each factory is a
/// fresh site unless it is handed the data folder of an earlier one.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>A request header by which a test says which client address the request comes from.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly bool _ownsDataPath;

    /// <param name="ownsDataPath">Whether disposing the site deletes its data; false when a later site reopens it.</param>
    public PortalFactory(string dataPath, bool demoContent, IReadOnlyDictionary<string, string>? settings = null, bool ownsDataPath = false)
    {
        DataPath = dataPath;
        DemoContent = demoContent;
        Settings = settings ?? new Dictionary<string, string>();
        _ownsDataPath = ownsDataPath;
    }

    /// <summary>A fresh site of its own, deleted when disposed.</summary>
    public static PortalFactory Fresh(bool demoContent) => new(NewDataPath(), demoContent, ownsDataPath: true);

    public string DataPath { get; }

    public bool DemoContent { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>
    /// Whether the site keeps the real rate limits per client address. Otherwise they are lifted: the
    /// tests send many requests, all from one address. <see cref="Settings"/> may still set them.
    /// </summary>
    public bool RealRateLimits { get; init; }

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, so that the tests see what a reader sees (no developer error pages).
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:DataPath", DataPath);
        if (TestDatabase.Postgres is { } server)
        {
            builder.UseSetting("Portal:Database:Provider", "Postgres");
            builder.UseSetting("Portal:Database:ConnectionString", TestDatabase.ForSite(server, DataPath));
        }
        builder.UseSetting("Portal:DemoContent", DemoContent ? "true" : "false");
        builder.UseSetting("Portal:CompactMemoryAfterStart", "false");
        if (!RealRateLimits)
        {
            builder.UseSetting("Portal:RateLimits:Login:PermitsPerMinute", "1000000");
            builder.UseSetting("Portal:RateLimits:Search:PermitsPerMinute", "1000000");
            builder.UseSetting("Portal:RateLimits:Search:Burst", "1000000");
        }
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Sets the connection's remote address from <see cref="ClientAddressHeader"/>, before anything else reads it.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<DbConnection> OpenDatabaseAsync() => await Service<IDbConnectionFactory>().OpenAsync();

    /// <summary>
    /// On PostgreSQL, waits until this node listens for change notifications and has handled every one
    /// sent before the call. A notification still in flight (a recipe's changes, the start of listening,
    /// which starts every cache over) would otherwise evict pages a test has just put in the cache.
    /// </summary>
    public async Task ChangeFeedSettledAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            return;
        }
        var marker = "settled-" + Guid.NewGuid().ToString("N");
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Service<IChangeFeed>().Subscribe(marker, () => received.TrySetResult());
        var deadline = DateTime.UtcNow.AddMinutes(2);
        // Sent again until it arrives: the listener may not be listening yet, and then it never hears it.
        while (!received.Task.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The node's change-feed listener did not hear a notification within 2 minutes.");
            }
            await using (var connection = await OpenDatabaseAsync())
            {
                await connection.ExecuteAsync("SELECT pg_notify(@channel, @marker)", new { channel = PostgresChangeFeed.Channel, marker });
            }
            await Task.WhenAny(received.Task, Task.Delay(TimeSpan.FromMilliseconds(500)));
        }
    }

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var response = await CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataPath)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the temp folder's own clean-up.
            }
        }
    }
}

/// <summary>One demo site shared by the read-only page tests.</summary>
public sealed class DemoSite() : PortalFactory(NewDataPath(), demoContent: true, ownsDataPath: true);

[CollectionDefinition(Name)]
public sealed class DemoSiteCollection : ICollectionFixture<DemoSite>
{
    public const string Name = "demo site";
}
