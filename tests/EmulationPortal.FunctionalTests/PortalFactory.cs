using System.Data.Common;
using AngleSharp;
using AngleSharp.Dom;
using EmulationPortal.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests;

/// <summary>
/// The real portal in-process over a real SQLite file in a folder of its own. Each factory is a
/// fresh site unless it is handed the data folder of an earlier one.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
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
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<DbConnection> OpenDatabaseAsync() => await Service<IDbConnectionFactory>().OpenAsync();

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
