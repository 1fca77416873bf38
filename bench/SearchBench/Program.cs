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
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using EmulationPortal.Core;
using EmulationPortal.Search.Services;
using SearchBench;

// Generates a large corpus into a fresh SQLite database, rebuilds search_documents, then on those rows the Lucene
// index's build, its start from what it left on disk, the latency of a mixed query set through
// ISearchIndex.SearchAsync as the search page calls it, and phrase totals against a count over the rows.
// Usage: SearchBench [--documents N] [--writeups N] [--queries N] [--small] [--keep] [--profile] [--database DIR] [--portal] [--portal-only] [--suggest]
const int Seed = 20_251_197;
const int WarmUp = 200;
const int ProfileRunsPerQuery = 5;
const int RefreshRuns = 5;
const int SuggestionRuns = 20;
const string BenchIndexFolder = "search-index-bench";

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

Console.WriteLine($"SearchBench: {Environment.ProcessorCount} CPU cores, SQLite {await ScalarAsync<string>("SELECT sqlite_version()")}, data in {dataPath}");
Console.WriteLine($"Load average at the start: {LoadAverage()}");
await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();
var queries = QuerySet.All;
var order = new Random(Seed);
var schedule = Enumerable.Range(0, WarmUp + options.Queries).Select(i => queries[i % queries.Count]).OrderBy(_ => order.Next()).ToList();
if (options.PortalOnly)
{
    await MeasurePortalAsync();
    return 0;
}

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

// The table's rebuild, timed around RebuildAsync alone.
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

var wholePhrases = await PhraseCountsAsync();
var figures = await RunIndexAsync();

// ---- Report -------------------------------------------------------------------------------------
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Corpus: {string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count:N0} {c.Type}")))} over {clusterCount} clusters, bodies of {bodyWords.Min}–{bodyWords.Max} words ({bodyWords.Mean:0} on average), seed {Seed}"));
if (generationSeconds is { } seconds)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated and written in {seconds:0.0} s"));
}
Console.WriteLine();
Console.WriteLine(Row("search_documents", "", ""));
Console.WriteLine(Row("  RebuildAsync (s)", Format(buildSeconds, "0.0"), "the table of every item's text, in one transaction"));
Console.WriteLine(Row(reused ? "  database before the rebuild (MB)" : "  database before the index (MB)", Format(Megabytes(contentBytes), "0"),
    reused ? "with the index of the earlier run" : ""));
Console.WriteLine(Row("  database after the index (MB)", Format(Megabytes(indexedBytes), "0"), $"WAL reached {Format(Megabytes(walBytes), "0")} MB before the checkpoint"));
Console.WriteLine(Row("    text in search_documents (MB)", Format(Megabytes(storedTextBytes), "0"), "title, summary, body, people, attachments, extra"));
Console.WriteLine();
Console.WriteLine("==== The Lucene index ====");
Console.WriteLine(Row("  build from the table (s)", Format(figures.BuildSeconds, "0.0"), figures.BuildSeconds <= 60 ? "target ≤ 60 s: met" : "target ≤ 60 s: MISSED"));
Console.WriteLine(Row("  GC heap before / after (MB)", $"{Format(Megabytes(figures.HeapBefore), "0")} / {Format(Megabytes(figures.HeapAfter), "0")}",
    $"after full collections; the process RSS is then {Format(Megabytes(figures.ResidentAfterBuild), "0")} MB"));
Console.WriteLine(Row("  index on disk (MB)", Format(Megabytes(figures.DiskBytes), "0"), ""));
Console.WriteLine(Row("  start from the index on disk (s)", Format(figures.RestartSeconds, "0.00"),
    (figures.RestartSeconds <= 2 ? "target ≤ 2 s: met" : "target ≤ 2 s: MISSED") + " (open, catch up, first answer)"));
foreach (var line in figures.Notes)
{
    Console.WriteLine(line);
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  Query latency through ISearchIndex.SearchAsync: {figures.Timings.Count:N0} queries after a warm-up of {WarmUp}, {queries.Count} distinct"));
Console.WriteLine($"  {"kind",-14}{"distinct",9}{"runs",7}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
foreach (var kind in queries.Select(q => q.Kind).Distinct())
{
    var ofKind = figures.Timings.Where(t => t.Query.Kind == kind).ToList();
    if (ofKind.Count > 0)
    {
        Console.WriteLine("  " + LatencyRow(kind, queries.Count(q => q.Kind == kind), ofKind.Select(t => t.Milliseconds).ToList()));
    }
}
var all = figures.Timings.Select(t => t.Milliseconds).ToList();
Console.WriteLine("  " + LatencyRow("overall", queries.Count, all));
Console.WriteLine(Percentile(all, 0.95) <= 10 ? "  target p95 ≤ 10 ms: met" : "  target p95 ≤ 10 ms: MISSED");
Console.WriteLine(Row("  RSS after the query mix (MB)", Format(Megabytes(figures.ResidentAfterQueries), "0"), "the bench's process: the generated rows' work included"));
Console.WriteLine("  Slowest queries (median of their runs):");
foreach (var slow in figures.Timings.GroupBy(t => t.Query).Select(g => (g.Key, Median: Percentile(g.Select(t => t.Milliseconds).ToList(), 0.5), g.First().Total))
    .OrderByDescending(s => s.Median).Take(10))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {slow.Median,7:0.00} ms  {slow.Total,7:N0} hits  [{slow.Key.Kind}] {slow.Key.Label}"));
}
Console.WriteLine("  Phrase totals against a count over the rows (documents holding the phrase whole in one field):");
foreach (var (phrase, total) in figures.PhraseTotals)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    \"{phrase}\"{"",-2} {total,8:N0} found, {wholePhrases[phrase],8:N0} hold it{(total == wholePhrases[phrase] ? "" : "   WRONG")}"));
}
Console.WriteLine("  Sanity check (total hits; the first hit's number and title):");
foreach (var (text, total, number, title) in figures.Checked)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {text,-20}{total,8:N0}   {number ?? "–",-16} {Shorten(title, 60)}"));
}
if (options.Portal)
{
    await MeasurePortalAsync();
}
Console.WriteLine($"Load average at the end: {LoadAverage()} (other work on the machine slows every figure)");

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

// The portal itself on the rows and the index the run left (or an earlier run's, with --portal-only): its restart, the
// query mix over HTTP, its memory after it.
async Task MeasurePortalAsync()
{
    // The index the run built becomes the portal's own, as a node restarted on its data folder finds it: an earlier
    // run's would have to catch up with every row the rebuilt table renumbered, and would be another index.
    var portalIndex = Path.Combine(dataPath, SearchEngines.Folder);
    var benchIndex = Path.Combine(dataPath, BenchIndexFolder);
    if (Directory.Exists(benchIndex))
    {
        if (Directory.Exists(portalIndex))
        {
            Directory.Delete(portalIndex, recursive: true);
        }
        Directory.Move(benchIndex, portalIndex);
    }
    var portal = await PortalRun.RunAsync(dataPath, schedule, WarmUp);
    Console.WriteLine();
    Console.WriteLine("==== The portal process, over HTTP (/api/search, not from the output cache) ====");
    Console.WriteLine(Row("  first start to a search answer (s)", Format(portal.FirstStartSeconds, "0.00"),
        "other modules' one-time work on the rows the bench wrote included"));
    Console.WriteLine(Row("  restart to the first search answer (s)", Format(portal.RestartSeconds, "0.00"),
        portal.RestartSeconds <= 2 ? "target ≤ 2 s: met" : "target ≤ 2 s: MISSED"));
    Console.WriteLine("  " + LatencyRow("requests", queries.Count, portal.Milliseconds) + $"   {portal.Failures} not 2xx");
    var resident = portal.Memory.GetValueOrDefault("VmRSS");
    Console.WriteLine(Row("  resident after the mix (MB)", Format(Megabytes(resident), "0"), (Megabytes(resident) <= 250 ? "target ≤ 250 MB: met" : "target ≤ 250 MB: MISSED")
        + string.Create(CultureInfo.InvariantCulture, $"; anonymous {Megabytes(portal.Memory.GetValueOrDefault("RssAnon")):0}, files {Megabytes(portal.Memory.GetValueOrDefault("RssFile")):0} (of which the index's {Megabytes(portal.Memory.GetValueOrDefault("IndexFiles")):0}), peak {Megabytes(portal.Memory.GetValueOrDefault("VmHWM")):0}")));
    Console.WriteLine("  resident by mapping (MB), largest first:");
    foreach (var (name, bytes) in portal.Mappings.Take(16))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Megabytes(bytes),7:0.0}  {name}"));
    }
}

// The index over the rows: built from the table (as SearchIndexCheck does at start) between two full collections,
// started again from what it left on disk, the query mix, the phrase totals, the profile and the catching up after changes.
async Task<IndexFigures> RunIndexAsync()
{
    var engines = app.Services.GetRequiredService<SearchEngines>();
    var notes = new List<string>();
    var heapBefore = CollectedHeap();
    var building = Stopwatch.StartNew();
    var searchIndex = ActivatorUtilities.CreateInstance<SearchIndex>(app.Services, engines, BenchIndexFolder);
    await searchIndex.LoadAsync();
    var buildSeconds = building.Elapsed.TotalSeconds;
    var heapAfter = CollectedHeap();
    var residentAfterBuild = ResidentBytes();
    // The index the build left, opened by a new instance as a restarted node opens it.
    searchIndex.Dispose();
    var path = Path.Combine(dataPath, BenchIndexFolder);
    var diskBytes = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    var restarting = Stopwatch.StartNew();
    searchIndex = ActivatorUtilities.CreateInstance<SearchIndex>(app.Services, engines, BenchIndexFolder);
    await searchIndex.SearchAsync(new SearchRequest { Query = "thi đua" });
    var restartSeconds = restarting.Elapsed.TotalSeconds;
    var timings = new List<(BenchQuery Query, double Milliseconds, int Total)>();
    for (var i = 0; i < schedule.Count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await searchIndex.SearchAsync(schedule[i].Request);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (i >= WarmUp)
        {
            timings.Add((schedule[i], elapsed, result.Total));
        }
        if ((i + 1) % 50 == 0 || i + 1 == schedule.Count)
        {
            Console.Write($"\rQueries {i + 1}/{schedule.Count} (the first {WarmUp} warm up)");
        }
    }
    Console.WriteLine();
    var residentAfterQueries = ResidentBytes();
    var phraseTotals = new List<(string, int)>();
    foreach (var phrase in QuerySet.Phrases)
    {
        phraseTotals.Add((phrase, (await searchIndex.SearchAsync(new SearchRequest { Query = $"\"{phrase}\"" })).Total));
    }
    var checkedQueries = new List<(string, int, string?, string)>();
    foreach (var text in QuerySet.Checked)
    {
        var result = await searchIndex.SearchAsync(new SearchRequest { Query = text });
        checkedQueries.Add((text, result.Total, result.Hits.FirstOrDefault()?.Number, result.Hits.FirstOrDefault()?.Title ?? ""));
    }
    if (options.Profile)
    {
        notes.AddRange(await ProfileQueriesAsync(searchIndex));
    }
    if (options.Suggest)
    {
        notes.AddRange(await SuggestionsAsync(searchIndex));
    }
    notes.Add(await RefreshAfterChangesAsync(searchIndex));
    searchIndex.Dispose();
    return new IndexFigures(buildSeconds, heapBefore, heapAfter, residentAfterBuild, diskBytes, restartSeconds, timings, residentAfterQueries,
        phraseTotals, checkedQueries, notes);
}

// Where the time of SearchAsync goes: the connection and the generation check, the engine's work (match,
// filters, facets, scores, the best of the page), and the rest: reading the page's rows back, the re-rank
// by diacritics, titles and snippets. Each part is timed on its own, in the same runs.
async Task<List<string>> ProfileQueriesAsync(SearchIndex searchIndex)
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
            await searchIndex.SearchAsync(query.Request);
            var whole = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await using var connection = await connections.OpenAsync();
            started = Stopwatch.GetTimestamp();
            await searchIndex.Engine.ReadAsync(connection, source => source.Documents, CancellationToken.None);
            var generation = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            if (!parsed.IsEmpty)
            {
                await searchIndex.Engine.ReadAsync(connection, source => QueryEngine.Run(source, parsed, query.Request, skip, pageSize), CancellationToken.None);
            }
            var engine = Math.Max(0, Stopwatch.GetElapsedTime(started).TotalMilliseconds - generation);
            parts.Add((query, "whole", whole));
            parts.Add((query, "generation", generation));
            parts.Add((query, "engine", engine));
            parts.Add((query, "rows", Math.Max(0, whole - generation - engine)));
        }
    }
    string[] columns = ["whole", "generation", "engine", "rows"];
    var header = string.Concat(new[] { "whole", "gen", "engine", "rows+snip" }.Select(h => $"{h,10}"));
    string Means(IEnumerable<(BenchQuery Query, string Part, double Value)> ofRuns, int runs) =>
        string.Concat(columns.Select(c => Format(ofRuns.Where(p => p.Part == c).Sum(p => p.Value) / runs, "0.00").PadLeft(10)));
    var lines = new List<string>
    {
        string.Create(CultureInfo.InvariantCulture, $"  Profile: mean ms per query by part, {ProfileRunsPerQuery} runs of each distinct query"),
        "  (gen: the generation read; engine: match, filters, 5 facets, BM25F, the page's best;",
        "   rows+snip: the rest of SearchAsync: the page's rows read back, titles and snippets)",
        $"  {"kind",-14}{header}",
    };
    foreach (var kind in queries.Select(q => q.Kind).Distinct())
    {
        lines.Add($"  {kind,-14}{Means(parts.Where(p => p.Query.Kind == kind), queries.Count(q => q.Kind == kind) * ProfileRunsPerQuery)}");
    }
    lines.Add($"  {"overall",-14}{Means(parts, queries.Count * ProfileRunsPerQuery)}");
    return lines;
}

// The search box's completions for a few things half typed, and "Có phải bạn muốn tìm" for a few misspellings (the
// search that found nothing is not counted: only what the suggestion adds to it), each timed whole over its runs.
async Task<List<string>> SuggestionsAsync(SearchIndex searchIndex)
{
    var suggestions = ActivatorUtilities.CreateInstance<SearchSuggestions>(app.Services, searchIndex);
    string[] typed = ["quyet dinh khen th", "QĐ-UBND 11", "qd-ubnd 119", "68/2024/QĐ-U", "lao dong tien", "co thi dua cua ch", "thanh h", "do l",
        "ke hoach to", "uy ban nhan dan tinh ng", "2", "c"];
    string[] misspelt = ["thi dau khen thuong", "Thanh Chuongg", "quyet dinhh khen thuong", "lao dong tien tienn", "cum thi duaa so 12", "Do Luongg tong ket"];
    var lines = new List<string>
    {
        string.Create(CultureInfo.InvariantCulture, $"  Suggestions: ms per answer over {SuggestionRuns} runs each (after one warm-up run)"),
        $"  {"kind",-14}{"typed",-28}{"p50 ms",9}{"p95 ms",9}   first answer",
    };
    async Task Time(string kind, string text, Func<Task<string>> answer)
    {
        var first = await answer();
        var runs = new List<double>();
        for (var run = 0; run < SuggestionRuns; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await answer();
            runs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"  {kind,-14}{Shorten(text, 27),-28}{Percentile(runs, 0.5),9:0.00}{Percentile(runs, 0.95),9:0.00}   {Shorten(first, 70)}"));
    }
    foreach (var text in typed)
    {
        await Time("completion", text, async () =>
        {
            var found = await suggestions.CompleteAsync(text, includeArchived: false);
            return found.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{found.Count}: [{found[0].Kind}] {found[0].Text}");
        });
    }
    foreach (var text in misspelt)
    {
        var request = new SearchRequest { Query = text };
        var total = (await searchIndex.SearchAsync(request)).Total;
        await Time("did-you-mean", text, async () =>
            total > 0 ? $"found {total}: none offered" : await suggestions.DidYouMeanAsync(request) is { } offered ? $"{offered.Query} ({offered.Total})" : "–");
    }
    return lines;
}

// A change to one item, committed as a publish commits it, then the next search: it catches up first (reads the
// doc_ids, drops the old row, indexes the new one) and is timed whole.
async Task<string> RefreshAfterChangesAsync(SearchIndex searchIndex)
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
        await searchIndex.SearchAsync(new SearchRequest { Query = "thi đua" });
        searches.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        refreshes.Add(searchIndex.Engine.LastRefresh!.Elapsed.TotalMilliseconds);
    }
    return string.Create(CultureInfo.InvariantCulture,
        $"  First search after a change to one item (\"thi đua\", {RefreshRuns} runs): median {Percentile(searches, 0.5):0.0} ms, of which catching up {Percentile(refreshes, 0.5):0.0} ms");
}

// How many published rows hold each checked phrase whole in one field, counted by reading every row.
async Task<Dictionary<string, int>> PhraseCountsAsync()
{
    var phrases = QuerySet.Phrases.ToDictionary(p => p, SearchQuery.Tokenize);
    var counts = phrases.Keys.ToDictionary(p => p, _ => 0);
    await using var connection = await connections.OpenAsync();
    await foreach (var row in connection.QueryUnbufferedAsync<IndexedDocument>($"{IndexedDocument.Select} WHERE archived = 0"))
    {
        var fields = row.Fields().Where(f => !string.IsNullOrEmpty(f.Text)).Select(f => SearchQuery.Tokenize(f.Text!)).ToList();
        foreach (var (phrase, words) in phrases)
        {
            if (fields.Any(tokens => Holds(tokens, words)))
            {
                counts[phrase]++;
            }
        }
    }
    return counts;
}

static bool Holds(List<string> tokens, List<string> phrase)
{
    for (var start = 0; start + phrase.Count <= tokens.Count; start++)
    {
        var i = 0;
        while (i < phrase.Count && tokens[start + i] == phrase[i])
        {
            i++;
        }
        if (i == phrase.Count)
        {
            return true;
        }
    }
    return false;
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

/// <summary>What the index measured.</summary>
internal sealed record IndexFigures(double BuildSeconds, long HeapBefore, long HeapAfter, long ResidentAfterBuild, long DiskBytes,
    double RestartSeconds, List<(BenchQuery Query, double Milliseconds, int Total)> Timings, long ResidentAfterQueries,
    List<(string Phrase, int Total)> PhraseTotals, List<(string Text, int Total, string? Number, string Title)> Checked,
    List<string> Notes);

/// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
{
    public void Report((int Done, int Total) value) => report(value);
}
