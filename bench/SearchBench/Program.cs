using System.Diagnostics;
using System.Globalization;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using EmulationPortal.Search.Services;
using EmulationPortal.Search.Services.Memory;
using SearchBench;

// Generates a large corpus into a fresh SQLite database, times the full search index build and the load of
// the index into memory, then the latency of a mixed query set through ISearchIndex.SearchAsync, as the
// search page calls it.
// Usage: SearchBench [--documents N] [--writeups N] [--queries N] [--small] [--keep] [--profile] [--database DIR]
const int Seed = 20_251_197;
const int WarmUp = 200;
const int ProfileRunsPerQuery = 5;
const int RefreshRuns = 5;

if (!BenchOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// The site's culture, as src/Web/Program.cs sets it.
var culture = CultureInfo.GetCultureInfo("vi-VN");
CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentCulture = culture;

var reused = options.Database is not null;
var dataPath = Path.GetFullPath(options.Database ?? Path.Combine(Path.GetTempPath(), $"searchbench-{Guid.NewGuid():N}"));
var databaseFile = Path.Combine(dataPath, "portal.db");
if (reused && !File.Exists(databaseFile))
{
    Console.Error.WriteLine($"No database at {databaseFile}: pass the folder that an earlier run printed with --keep.");
    return 2;
}

// The same services as the site: every module found beside the bench, the data in a folder of its own.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = [],
    ContentRootPath = AppContext.BaseDirectory,
    EnvironmentName = Environments.Production,
});
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Portal:DataPath"] = dataPath,
    ["Portal:DemoContent"] = "false",
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.Services.AddPortal(builder.Configuration, builder.Environment, ModuleCatalog.Discover(AppContext.BaseDirectory));
await using var app = builder.Build();
var connections = app.Services.GetRequiredService<IDbConnectionFactory>();
var index = app.Services.GetRequiredService<ISearchIndex>();
var searchIndex = app.Services.GetRequiredService<SearchIndex>();
var memory = searchIndex.Memory;

Console.WriteLine($"SearchBench: {Environment.ProcessorCount} CPU cores, SQLite {await ScalarAsync<string>("SELECT sqlite_version()")}, data in {dataPath}");
Console.WriteLine($"Load average at the start: {LoadAverage()}");
await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();

double? generationSeconds = null;
if (!reused)
{
    var generator = new CorpusGenerator(Seed);
    var total = options.Documents + options.Writeups;
    var generating = Stopwatch.StartNew();
    await CorpusWriter.WriteClustersAsync(connections, generator.Clusters);
    var types = app.Services.GetRequiredService<ContentTypeRegistry>();
    var documents = await CorpusWriter.WriteItemsAsync(connections, types, generator.Documents(options.Documents),
        done => Console.Write($"\rGenerating: {done}/{total} items"));
    await CorpusWriter.WriteItemsAsync(connections, types, generator.Writeups(options.Writeups),
        done => Console.Write($"\rGenerating: {documents + done}/{total} items"));
    generationSeconds = generating.Elapsed.TotalSeconds;
    Console.WriteLine();
}
await CheckpointAsync();
var contentBytes = new FileInfo(databaseFile).Length;
var counts = (await QueryAsync<(string Type, int Count)>("SELECT type, COUNT(*) FROM content_items GROUP BY type ORDER BY type")).ToList();
var clusterCount = await ScalarAsync<int>("SELECT COUNT(*) FROM clusters");
var bodyWords = await BodyWordsAsync();

// The full index build, timed around RebuildAsync alone.
var rebuilding = Stopwatch.StartNew();
await index.RebuildAsync(new SynchronousProgress(p => Console.Write($"\rIndexing: {p.Done}/{p.Total} items")));
var buildSeconds = rebuilding.Elapsed.TotalSeconds;
Console.WriteLine();
var walBytes = File.Exists(databaseFile + "-wal") ? new FileInfo(databaseFile + "-wal").Length : 0;
await CheckpointAsync();
var indexedBytes = new FileInfo(databaseFile).Length;
var storedTextBytes = await ScalarAsync<long>("""
    SELECT SUM(length(CAST(title AS BLOB)) + length(CAST(COALESCE(summary, '') AS BLOB)) + length(CAST(body AS BLOB))
        + length(CAST(people AS BLOB)) + length(CAST(attachment_text AS BLOB)) + length(CAST(extra AS BLOB))) FROM search_documents
    """);

// The load of the index into memory, as SearchIndexCheck does it at start, between two full collections.
var heapBefore = CollectedHeap();
var loading = Stopwatch.StartNew();
await searchIndex.LoadAsync();
var loadSeconds = loading.Elapsed.TotalSeconds;
var heapAfter = CollectedHeap();
var residentBytes = ResidentBytes();
var snapshot = await CurrentSnapshotAsync();
var queries = QuerySet.All;
var order = new Random(Seed);
var schedule = Enumerable.Range(0, WarmUp + options.Queries).Select(i => queries[i % queries.Count]).OrderBy(_ => order.Next()).ToList();
var timings = new List<(BenchQuery Query, double Milliseconds, int Total)>();
for (var i = 0; i < schedule.Count; i++)
{
    var started = Stopwatch.GetTimestamp();
    var result = await index.SearchAsync(schedule[i].Request);
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (i >= WarmUp)
    {
        timings.Add((schedule[i], elapsed, result.Total));
    }
    if ((i + 1) % 50 == 0 || i + 1 == schedule.Count)
    {
        Console.Write($"\rQueries: {i + 1}/{schedule.Count} (the first {WarmUp} warm up)");
    }
}
Console.WriteLine();

// ---- Report -------------------------------------------------------------------------------------
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Corpus: {string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count:N0} {c.Type}")))} over {clusterCount} clusters, bodies of {bodyWords.Min}–{bodyWords.Max} words ({bodyWords.Mean:0} on average), seed {Seed}"));
if (generationSeconds is { } seconds)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated and written in {seconds:0.0} s"));
}
Console.WriteLine();
Console.WriteLine(Row("Index build", "", ""));
Console.WriteLine(Row("  RebuildAsync (s)", Format(buildSeconds, "0.0"), buildSeconds <= 60 ? "target ≤ 60 s: met" : "target ≤ 60 s: MISSED"));
Console.WriteLine(Row(reused ? "  database before the rebuild (MB)" : "  database before the index (MB)", Format(Megabytes(contentBytes), "0"),
    reused ? "with the index of the earlier run" : ""));
Console.WriteLine(Row("  database after the index (MB)", Format(Megabytes(indexedBytes), "0"), $"WAL reached {Format(Megabytes(walBytes), "0")} MB before the checkpoint"));
Console.WriteLine(Row("    text in search_documents (MB)", Format(Megabytes(storedTextBytes), "0"), "title, summary, body, people, attachments, extra"));
Console.WriteLine(Row("Index in memory", "", ""));
Console.WriteLine(Row("  load at start (s)", Format(loadSeconds, "0.0"), $"read search_documents and index it on {Environment.ProcessorCount} cores"));
Console.WriteLine(Row("  GC heap before / after (MB)", $"{Format(Megabytes(heapBefore), "0")} / {Format(Megabytes(heapAfter), "0")}",
    $"after full collections; the process RSS is then {Format(Megabytes(residentBytes), "0")} MB"));
foreach (var part in snapshot.Parts)
{
    var segment = part.Segment;
    Console.WriteLine(Row("  segment (MB)", Format(Megabytes(segment.Bytes), "0"), string.Create(CultureInfo.InvariantCulture,
        $"{segment.Count:N0} documents, {part.LiveCount:N0} live; {memory.Tokens.Count:N0} tokens known")));
    Console.WriteLine(Row("    tokens (MB)", Format(Megabytes(segment.Terms.Bytes), "0"), string.Create(CultureInfo.InvariantCulture,
        $"{segment.Terms.Postings:N0} (token, document) postings with frequencies, {(double)segment.Terms.Bytes / segment.Terms.Postings:0.00} bytes each")));
    Console.WriteLine(Row("    pairs (MB)", Format(Megabytes(segment.Pairs.Bytes), "0"), string.Create(CultureInfo.InvariantCulture,
        $"{segment.Pairs.Postings:N0} (pair of tokens side by side, document) postings, for phrases")));
    Console.WriteLine(Row("    pairs in titles (MB)", Format(Megabytes(segment.TitlePairs.Bytes), "0"), string.Create(CultureInfo.InvariantCulture,
        $"{segment.TitlePairs.Postings:N0} postings, for the title-phrase boost")));
}
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Query latency through ISearchIndex.SearchAsync (generation check, match, count, 5 facets, page of 10 read back with snippets): {timings.Count:N0} queries after a warm-up of {WarmUp}, {queries.Count} distinct"));
Console.WriteLine($"{"kind",-14}{"distinct",9}{"runs",7}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
foreach (var kind in queries.Select(q => q.Kind).Distinct())
{
    var ofKind = timings.Where(t => t.Query.Kind == kind).ToList();
    if (ofKind.Count > 0)
    {
        Console.WriteLine(LatencyRow(kind, queries.Count(q => q.Kind == kind), ofKind.Select(t => t.Milliseconds).ToList()));
    }
}
var all = timings.Select(t => t.Milliseconds).ToList();
Console.WriteLine(LatencyRow("overall", queries.Count, all));
var p95 = Percentile(all, 0.95);
Console.WriteLine(p95 <= 10 ? "target p95 ≤ 10 ms: met" : "target p95 ≤ 10 ms: MISSED");

Console.WriteLine($"Load average after the queries: {LoadAverage()} (other work on the machine slows every figure)");

Console.WriteLine();
Console.WriteLine("Slowest queries (median of their runs):");
foreach (var slow in timings.GroupBy(t => t.Query).Select(g => (g.Key, Median: Percentile(g.Select(t => t.Milliseconds).ToList(), 0.5), g.First().Total))
    .OrderByDescending(s => s.Median).Take(10))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {slow.Median,7:0.00} ms  {slow.Total,7:N0} hits  [{slow.Key.Kind}] {slow.Key.Label}"));
}

Console.WriteLine();
Console.WriteLine("Sanity check (total hits; the first hit's number and title):");
foreach (var text in QuerySet.Checked)
{
    var result = await index.SearchAsync(new SearchRequest { Query = text });
    var first = result.Hits.FirstOrDefault();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {text,-20}{result.Total,8:N0}   {first?.Number ?? "–",-16} {Shorten(first?.Title ?? "", 60)}"));
}

if (options.Profile)
{
    await ProfileQueriesAsync();
}
await RefreshAfterChangesAsync();

if (options.Keep || reused)
{
    Console.WriteLine();
    Console.WriteLine($"Kept the database: {dataPath}  (run again on it with --database {dataPath})");
}
else
{
    await app.DisposeAsync();
    SqliteConnection.ClearAllPools();
    Directory.Delete(dataPath, recursive: true);
}
return 0;

// Where the time of SearchAsync goes: the connection and the generation check, the work in memory (match,
// filters, facets, scores, the best of the page), and the rest: reading the page's rows back, the re-rank
// by diacritics, titles and snippets. Each part is timed on its own, in the same runs.
async Task ProfileQueriesAsync()
{
    var parts = new List<(BenchQuery Query, string Part, double Value)>();
    foreach (var query in queries)
    {
        var parsed = SearchQuery.Parse(query.Request.Query);
        var pageSize = Math.Clamp(query.Request.PageSize, 1, 50);
        var skip = (Math.Clamp(query.Request.Page, 1, 1000) - 1) * pageSize;
        for (var run = 0; run < ProfileRunsPerQuery; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await index.SearchAsync(query.Request);
            var whole = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            var current = await CurrentSnapshotAsync();
            var generation = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            if (!parsed.IsEmpty)
            {
                QueryEngine.Run(current, memory.Tokens, memory.Labels, parsed, query.Request, skip, pageSize);
            }
            var engine = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            parts.Add((query, "whole", whole));
            parts.Add((query, "generation", generation));
            parts.Add((query, "memory", engine));
            parts.Add((query, "rows", Math.Max(0, whole - generation - engine)));
        }
    }
    string[] columns = ["whole", "generation", "memory", "rows"];
    var header = string.Concat(new[] { "whole", "open+gen", "memory", "rows+snip" }.Select(h => $"{h,10}"));
    string Means(IEnumerable<(BenchQuery Query, string Part, double Value)> ofRuns, int runs) =>
        string.Concat(columns.Select(c => Format(ofRuns.Where(p => p.Part == c).Sum(p => p.Value) / runs, "0.00").PadLeft(10)));

    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Profile: mean ms per query by part, {ProfileRunsPerQuery} runs of each distinct query"));
    Console.WriteLine("(open+gen: a pooled connection and the generation read; memory: match, filters, 5 facets, BM25F, the page's best;");
    Console.WriteLine(" rows+snip: the rest of SearchAsync: the page's rows read back, the re-rank by diacritics, titles and snippets)");
    Console.WriteLine($"{"kind",-14}{header}");
    foreach (var kind in queries.Select(q => q.Kind).Distinct())
    {
        Console.WriteLine($"{kind,-14}{Means(parts.Where(p => p.Query.Kind == kind), queries.Count(q => q.Kind == kind) * ProfileRunsPerQuery)}");
    }
    Console.WriteLine($"{"overall",-14}{Means(parts, queries.Count * ProfileRunsPerQuery)}");
    Console.WriteLine();
    Console.WriteLine("Profile of the 10 slowest queries (mean ms):");
    Console.WriteLine($"{"",-40}{header}");
    foreach (var slow in parts.GroupBy(p => p.Query).OrderByDescending(g => g.Where(p => p.Part == "whole").Sum(p => p.Value)).Take(10))
    {
        Console.WriteLine($"{Shorten(slow.Key.Label, 38),-40}{Means(slow, ProfileRunsPerQuery)}");
    }
}

// A change to one item, committed as a publish commits it, then the next search: it refreshes the
// snapshot first (reads the doc_ids, tombstones the old row, indexes the new one) and is timed whole.
async Task RefreshAfterChangesAsync()
{
    var itemIds = (await QueryAsync<string>("SELECT item_id FROM search_documents ORDER BY doc_id LIMIT 20")).ToList();
    var searches = new List<double>();
    var refreshes = new List<double>();
    for (var run = 0; run < RefreshRuns; run++)
    {
        await using (var session = await connections.BeginSessionAsync())
        {
            await searchIndex.ItemChangedAsync(session, itemIds[run % itemIds.Count]);
            await session.CommitAsync();
        }
        var started = Stopwatch.GetTimestamp();
        await index.SearchAsync(new SearchRequest { Query = "thi đua" });
        searches.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        refreshes.Add(memory.LastRefresh!.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"First search after a change to one item (\"thi đua\", {RefreshRuns} runs): median {Percentile(searches, 0.5):0.0} ms, of which the refresh {Percentile(refreshes, 0.5):0.0} ms"));
}

async Task<Snapshot> CurrentSnapshotAsync()
{
    await using var connection = await connections.OpenAsync();
    return await memory.CurrentAsync(connection, CancellationToken.None);
}

static long CollectedHeap()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(forceFullCollection: true);
}

// The resident set of the process, where Linux tells it.
static long ResidentBytes()
{
    var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
    return line is null ? Environment.WorkingSet : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}

async Task CheckpointAsync()
{
    await using var connection = await connections.OpenAsync();
    await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
}

async Task<T> ScalarAsync<T>(string sql)
{
    await using var connection = await connections.OpenAsync();
    return (await connection.ExecuteScalarAsync<T>(sql))!;
}

async Task<IEnumerable<T>> QueryAsync<T>(string sql)
{
    await using var connection = await connections.OpenAsync();
    return (await connection.QueryAsync<T>(sql)).AsList();
}

// Words in the body field of one item in fifty, counted the way the generator counts them: min, mean, max.
async Task<(int Min, double Mean, int Max)> BodyWordsAsync()
{
    var words = (await QueryAsync<string>("SELECT json_extract(data, '$.body') FROM content_versions WHERE rowid % 50 = 0"))
        .Select(TextComposer.WordCount).ToList();
    return words.Count == 0 ? (0, 0, 0) : (words.Min(), words.Average(), words.Max());
}

// The 1, 5 and 15 minute load averages, where Linux tells them.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;

static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

static string Row(string label, string value, string note) => $"{label,-36}{value,10}   {note}";

static double Percentile(List<double> values, double fraction)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}

static string LatencyRow(string kind, int distinct, List<double> values) =>
    string.Create(CultureInfo.InvariantCulture,
        $"{kind,-14}{distinct,9}{values.Count,7}{Percentile(values, 0.5),9:0.00}{Percentile(values, 0.95),9:0.00}{Percentile(values, 0.99),9:0.00}{values.Max(),9:0.00}");

static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

/// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
{
    public void Report((int Done, int Total) value) => report(value);
}
