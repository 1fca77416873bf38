using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dapper;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using Npgsql;
using Xunit.Abstractions;

namespace EmulationPortal.FunctionalTests.Faults;

/// <summary>
/// Tests that measure the CPU of the test process: they run alone, after every other collection, and
/// scripts/test.sh runs them in a process of their own (trait Measures=IdleProcessor).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}

/// <summary>
/// PostgreSQL stopped for a while under two running nodes, then started again: the nodes stay up and
/// quiet meanwhile, and come back by themselves. The server is the test's own, on either engine's run.
/// </summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesChosenByTheTest)]
[Trait("Measures", "IdleProcessor")]
[Collection(AloneCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const string Password = "Matkhau-2026a";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private static readonly string[] Loops = ["Background jobs", "Scheduled publishing", "Change notifications"];

    [PostgresFact]
    public async Task While_PostgreSQL_is_down_the_nodes_idle_quietly_and_they_come_back_by_themselves()
    {
        using var server = PostgresServer.Start();
        var database = "outage_" + Guid.NewGuid().ToString("N");
        LoggedSite Node()
        {
            var settings = TestDatabase.PostgresSettings(database, server.ConnectionString);
            settings["Portal:SchedulerIntervalSeconds"] = "1";
            return new LoggedSite(settings);
        }
        using var a = Node();
        using var b = Node();
        LoggedSite[] nodes = [a, b];
        await a.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(
            TestRecipes.WithContent(
                TestRecipes.Conference("bai-truoc", "Bài đăng trước sự cố"),
                TestRecipes.Conference("bai-mot", "Bài đăng trên nút A sau sự cố", status: "InReview"),
                TestRecipes.Conference("bai-hai", "Bài đăng trên nút B sau sự cố", status: "InReview")),
            TestRecipes.Person("quantri", Password, ["Administrator"]))));
        var readers = nodes.Select(n => n.CreateClient()).ToArray();
        await BothListeningAsync(server, database);
        foreach (var reader in readers)
        {
            await CachedAsync(reader, "/tin-tuc");
        }

        var requests = new int[nodes.Length];
        var started = DateTime.UtcNow;
        server.Pause();
        for (var i = 0; i < nodes.Length; i++)
        {
            var reader = readers[i];
            await Wait.UntilAsync(async () => (await reader.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
                Deadline, "readiness answers 503", TimeSpan.FromSeconds(1));
            var cached = await reader.GetAsync("/tin-tuc");
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.Contains("Bài đăng trước sự cố", await cached.Content.ReadAsStringAsync());
            var uncached = await reader.GetAsync("/van-ban");
            var page = await uncached.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
            Assert.Contains("Xin vui lòng thử lại sau", page);
            Assert.DoesNotContain("Exception", page);
            Assert.DoesNotContain("Npgsql", page);
            requests[i] += 3;
        }
        // Idle from here on: the loops only wait, whatever they waited on first.
        var cpu = ThreadTimes();
        var window = Stopwatch.StartNew();
        while (window.Elapsed < Outage)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await readers[i].GetAsync("/health/ready")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await readers[i].GetAsync("/health/live")).StatusCode);
                requests[i] += 2;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var busy = ThreadTimes().Sum(thread => (thread.Value - cpu.GetValueOrDefault(thread.Key)).TotalSeconds) / window.Elapsed.TotalSeconds;
        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        for (var i = 0; i < nodes.Length; i++)
        {
            var logged = nodes[i].Logs.Since(started);
            output.WriteLine($"Node {i}: {logged.Count} log entries, about {logged.Sum(e => e.Bytes)} bytes, in {seconds:0} s of outage for {requests[i]} requests");
            // One line per loop when the database goes; the rest is one line or so per request this test made.
            foreach (var loop in Loops)
            {
                var lines = logged.Count(e => e.Message.StartsWith(loop + ": ", StringComparison.Ordinal));
                Assert.True(lines <= 2, $"{loop} logged {lines} lines in {seconds:0} s");
            }
            Assert.True(logged.Count <= 2 * requests[i] + 10,
                $"{logged.Count} log entries in {seconds:0} s for {requests[i]} requests; first: {string.Join(" | ", logged.Take(5).Select(e => e.Message))}");
            Assert.False(nodes[i].Stopping);
        }
        output.WriteLine($"Two nodes busy {busy:P1} of one core over {window.Elapsed.TotalSeconds:0} s with the database down");
        Assert.True(busy < 0.10, $"The process was busy {busy:P0} of one core while the database was down");

        server.Resume();
        foreach (var reader in readers)
        {
            await Wait.UntilAsync(async () => (await reader.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
                Deadline, "readiness answers 200 again", TimeSpan.FromSeconds(1));
        }
        foreach (var node in nodes)
        {
            await Wait.UntilAsync(() => Loops.All(loop => node.Logs.Has(loop + ": database back after")), Deadline, "every loop is back");
        }
        await BothListeningAsync(server, database);
        foreach (var reader in readers)
        {
            await CachedAsync(reader, "/tin-tuc");
        }

        // A publish on either node evicts the other's cached pages: both listen to the change feed again.
        await PublishAsync(a, "bai-mot");
        await PublishAsync(b, "bai-hai");
        foreach (var reader in readers)
        {
            await Wait.UntilAsync(async () =>
                {
                    var list = await reader.GetStringAsync("/tin-tuc");
                    return list.Contains("Bài đăng trên nút A sau sự cố") && list.Contains("Bài đăng trên nút B sau sự cố");
                },
                TimeSpan.FromSeconds(10), "both publications are on both nodes' news lists");
        }
        Assert.All(nodes, node => Assert.False(node.Stopping));
    }

    /// <summary>
    /// The CPU time of each of this process's threads but the JIT's background recompiler: a process just started
    /// spends seconds of it on methods it has begun to call often, whatever its loops do. A thread that ends takes
    /// its time with it, but a loop that spins keeps its thread.
    /// </summary>
    private static Dictionary<int, TimeSpan> ThreadTimes()
    {
        var times = new Dictionary<int, TimeSpan>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            var nameEnd = stat.LastIndexOf(')');
            if (stat[(stat.IndexOf('(') + 1)..nameEnd].StartsWith(".NET Tiered", StringComparison.Ordinal))
            {
                continue;
            }
            // After the name: state, then 10 more fields, then utime and stime in clock ticks (USER_HZ, 100 on Linux).
            var fields = stat[(nameEnd + 2)..].Split(' ');
            times[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] =
                TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
        }
        return times;
    }

    private static async Task PublishAsync(LoggedSite node, string item)
    {
        using var administrator = await AdminClient.LoginAsync(node, "quantri", Password);
        var response = await administrator.PostFormAsync($"/admin/noi-dung/{item}/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Until the page is served from the output cache (a listener connecting evicts every page).</summary>
    private static Task CachedAsync(HttpClient reader, string url) =>
        Wait.UntilAsync(async () => (await reader.GetAsync(url)).Headers.Age is not null, Deadline, $"{url} is served from the cache");

    private static Task BothListeningAsync(PostgresServer server, string database) =>
        Wait.UntilAsync(async () =>
        {
            // Unpooled: a pooled connection from before a restart would fail on its first use.
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            return await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname LIKE @database AND state = 'idle' AND query LIKE 'LISTEN %'",
                new { database = "%" + database }) == 2;
        }, Deadline, "both nodes listen to the change feed");
}
