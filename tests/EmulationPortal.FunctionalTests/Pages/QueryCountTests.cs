using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>
/// A public page costs the same few round trips to the database whether it lists two items or
/// fourteen: nothing is read item by item (no N+1).
/// </summary>
public sealed class QueryCountTests : IDisposable
{
    private static readonly string[] Pages =
        ["/", "/tin-tuc", "/van-ban", "/cum-thi-dua", $"/cum-thi-dua/{TestRecipes.ClusterSlug}", "/tin-tuc/bai-so-1", "/tim-kiem?q=hoi+nghi"];

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _counted;

    public QueryCountTests() =>
        _counted = _site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<CommandCounter>();
            services.AddSingleton<IDbConnectionFactory>(provider => provider.GetRequiredService<CommandCounter>());
        }));

    public void Dispose()
    {
        _counted.Dispose();
        _site.Dispose();
    }

    private async Task<Dictionary<string, int>> CountAsync(int writeUps)
    {
        var items = Enumerable.Range(1, writeUps)
            .Select(n => TestRecipes.Conference($"bai-{n}", $"Bài số {n}", body: $"Hội nghị thi đua lần thứ {n}.")).ToArray();
        await _counted.Services.GetRequiredService<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(items)));
        var counter = _counted.Services.GetRequiredService<CommandCounter>();
        var client = _counted.CreateClient();
        var counts = new Dictionary<string, int>();
        foreach (var page in Pages)
        {
            counter.Reset();
            (await client.GetAsync(page)).EnsureSuccessStatusCode();
            counts[page] = counter.CommandsFor(page);
        }
        return counts;
    }

    [Fact]
    public async Task A_page_listing_fourteen_items_sends_as_many_commands_as_one_listing_two()
    {
        var few = await CountAsync(2);
        var many = await CountAsync(14);

        foreach (var page in Pages)
        {
            Assert.True(few[page] == many[page], $"{page}: {few[page]} commands with 2 write-ups, {many[page]} with 14");
            Assert.InRange(many[page], 1, 12);
        }
    }

    /// <summary>
    /// The site's connections, each counting the commands made on it for the page request that opened
    /// it (work in the background, such as the job worker, is not counted).
    /// </summary>
    private sealed class CommandCounter(ISqlDialect dialect, IHttpContextAccessor http) : IDbConnectionFactory
    {
        private readonly DbConnectionFactory _inner = new(dialect);
        private readonly ConcurrentDictionary<string, int> _byPage = new();

        public ISqlDialect Dialect => _inner.Dialect;

        public void Reset() => _byPage.Clear();

        public int CommandsFor(string page) => _byPage.GetValueOrDefault(page);

        public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
        {
            var connection = await _inner.OpenAsync(cancellationToken);
            if (http.HttpContext?.Request is not { } request)
            {
                return connection;
            }
            var page = $"{request.Path}{request.QueryString}";
            return new CountingConnection(connection, () => _byPage.AddOrUpdate(page, 1, (_, count) => count + 1));
        }
    }

    /// <summary>A connection that tells each command it makes (one per round trip: Dapper makes one per call).</summary>
    private sealed class CountingConnection(DbConnection inner, Action commandMade) : DbConnection
    {
        [AllowNull]
        public override string ConnectionString { get => inner.ConnectionString; set => inner.ConnectionString = value; }

        public override string Database => inner.Database;

        public override string DataSource => inner.DataSource;

        public override string ServerVersion => inner.ServerVersion;

        public override ConnectionState State => inner.State;

        public override void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);

        public override void Close() => inner.Close();

        public override void Open() => inner.Open();

        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => inner.BeginTransaction(isolationLevel);

        protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
            await inner.BeginTransactionAsync(isolationLevel, cancellationToken);

        protected override DbCommand CreateDbCommand()
        {
            commandMade();
            return inner.CreateCommand();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
