using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using PageBench;

// Generates the WordPress peer's kind of site as a recipe, imports it with the portal's own `recipe run`,
// starts the published portal in Release and measures its pages with wrk exactly as the peer is measured.
// Usage: PageBench [--peer] [--duration N] [--warmup N] [--connections N] [--keep]
const int Seed = 20_260_107;
const int Writeups = 2000;
const int Plans = 150;
const int AwardDecisions = 250;
const int FilteredYear = 2024;
const string SearchPath = "/tim-kiem?q=thi+dua+do+luong";
const string StaticPath = "/bench-static/article.html";

if (!BenchOptions.TryParse(args, out var options, out var optionError))
{
    Console.Error.WriteLine(optionError);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var repository = BenchFiles.FindRepository();
var work = Path.Combine(Path.GetTempPath(), $"pagebench-{Guid.NewGuid():N}");
var dataFolder = Path.Combine(work, "data");
var publishFolder = Path.Combine(work, "portal");
Directory.CreateDirectory(dataFolder);

PortalProcess? portal = null;
WordPressPeer? peer = null;
var succeeded = false;
// Ctrl+C must not leave a portal or the peer's services running.
Console.CancelKeyPress += (_, _) =>
{
    portal?.StopAsync().GetAwaiter().GetResult();
    peer?.StopAsync().GetAwaiter().GetResult();
};

try
{
    Console.WriteLine($"PageBench: {Environment.ProcessorCount} CPU cores, work folder {work}");
    Console.WriteLine($"Load average at the start: {CpuUsage.LoadAverage()}");
    await Wrk.EnsureInstalledAsync();
    if (options.Peer)
    {
        peer = WordPressPeer.Find(repository);
        await peer.EnsureReadyAsync();
    }

    // ---- 1. The site, as a recipe imported by the portal itself ------------------------------------
    var step = Stopwatch.StartNew();
    var site = new SiteGenerator(Seed, DateOnly.FromDateTime(DateTime.UtcNow)).Generate(Writeups, Plans, AwardDecisions);
    var recipeFile = Path.Combine(work, "site.recipe.json");
    await File.WriteAllTextAsync(recipeFile, site.Recipe.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Generated {site.Writeups:N0} write-ups ({site.BodyWords.Min}–{site.BodyWords.Max} words, {site.BodyWords.Mean:0} on average), {site.Plans} plans and {site.AwardDecisions} award decisions over {site.Clusters} clusters and blocs, seed {Seed}: {BenchFiles.Megabytes(new FileInfo(recipeFile).Length):0.0} MB of recipe in {step.Elapsed.TotalSeconds:0.0} s"));

    step.Restart();
    await PortalProcess.PublishAsync(repository, publishFolder);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Published src/Web in Release in {step.Elapsed.TotalSeconds:0.0} s"));

    step.Restart();
    await PortalProcess.ImportAsync(publishFolder, dataFolder, recipeFile);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Imported with `recipe run` in {step.Elapsed.TotalSeconds:0.0} s: database {BenchFiles.Megabytes(BenchFiles.DatabaseBytes(dataFolder)):0} MB"));

    // ---- 2. The portal, started as in production ----------------------------------------------------
    // The folder exists before the start, so that the static-file provider watches a real folder.
    var staticFile = Path.Combine(publishFolder, "wwwroot", StaticPath.TrimStart('/'));
    Directory.CreateDirectory(Path.GetDirectoryName(staticFile)!);
    step.Restart();
    portal = await PortalProcess.StartAsync(publishFolder, dataFolder, Path.Combine(work, "portal.log"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Portal started (pid {portal.ProcessId}, {portal.BaseUrl}, Production, job worker on) and ready in {step.Elapsed.TotalSeconds:0.0} s"));

    var articlePath = $"/tin-tuc/{site.ArticleSlug}";
    var documentsPath = string.Create(CultureInfo.InvariantCulture, $"/van-ban?loai=AwardDecision&nam={FilteredYear}");
    Scenario[] scenarios =
    [
        new("article", articlePath, null, "post", ""),
        new("home", "/", null, "home", ""),
        new("news list", "/tin-tuc", null, "home", "nearest kind"),
        new("documents list", documentsPath, null, "home", "nearest kind"),
        new("search", SearchPath, null, "search", ""),
        new("static file", StaticPath, null, "static", "nginx"),
        new("article (uncached)", articlePath, Path.Combine(AppContext.BaseDirectory, "uncached.lua"), "post", ""),
    ];

    // ---- 3. Every page answers 200, and the static file holds the article's exact bytes --------------
    using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false });
    var articleBytes = await FetchAsync(client, portal.BaseUrl + articlePath);
    await File.WriteAllBytesAsync(staticFile, articleBytes);
    var sizes = new Dictionary<string, long>();
    foreach (var scenario in scenarios)
    {
        var url = portal.BaseUrl + scenario.Path;
        var body = await FetchAsync(client, url);
        if (scenario.Path == StaticPath && !body.AsSpan().SequenceEqual(articleBytes))
        {
            throw new BenchException($"{StaticPath} does not hold the article's bytes ({body.Length} bytes against {articleBytes.Length})");
        }
        sizes[scenario.Name] = body.Length;
    }
    var filteredDecisions = site.Recipe["steps"]![2]!["items"]!.AsArray()
        .Count(i => (string?)i!["type"] == "AwardDecision" && (int?)i["year"] == FilteredYear);
    Console.WriteLine($"Article: {articlePath} ({articleBytes.Length:N0} bytes), the middle write-up by date: “{site.ArticleTitle}”");
    Console.WriteLine($"Documents list filter: award decisions for {FilteredYear} ({filteredDecisions} of them; the page lists 20)");
    Console.WriteLine($"Static file: {StaticPath} in the published copy's wwwroot, byte for byte the article page; all {scenarios.Length} URLs answer 200");

    // ---- 4. wrk on each page ------------------------------------------------------------------------
    Console.WriteLine($"Load: {await Wrk.VersionAsync()}; wrk -t{Wrk.Threads} -c{options.Connections} -d{options.Duration}s --timeout 30s after a {options.WarmUp} s warm-up; keep-alive, no Accept-Encoding; client and server share the {Environment.ProcessorCount} CPUs");
    Console.WriteLine($"Load average before the runs: {CpuUsage.LoadAverage()}");
    Console.WriteLine();
    var header = $"{"page",-19} {"path",-50} {"bytes",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"non2xx",6} {"errors",6}  {"CPU portal/rest",15}  {"peak RSS",8}";
    Console.WriteLine(header);
    var results = new Dictionary<string, WrkResult>();
    foreach (var scenario in scenarios)
    {
        var url = portal.BaseUrl + scenario.Path;
        await Wrk.WarmUpAsync(url, options.Connections, options.WarmUp, scenario.Script);
        await portal.EnsureAliveAsync($"the warm-up of {scenario.Name}");
        var portalBefore = portal.CpuTicks();
        var machineBefore = CpuUsage.MachineTicks();
        var result = await Wrk.MeasureAsync(url, options.Connections, options.Duration, scenario.Script);
        await portal.EnsureAliveAsync($"the measured run of {scenario.Name}");
        var portalCpu = portal.CpuTicks() - portalBefore;
        var machineAfter = CpuUsage.MachineTicks();
        results[scenario.Name] = result;
        await File.WriteAllTextAsync(Path.Combine(work, $"wrk-{scenario.Name.Replace(' ', '-').Replace("(", "").Replace(")", "")}.txt"), result.Output);
        // Machine ticks are summed over all CPUs: shares of them become "cores used", as the peer prints them.
        var cores = (double)Environment.ProcessorCount / Math.Max(1, machineAfter.Total - machineBefore.Total);
        var busy = machineAfter.Busy - machineBefore.Busy;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario.Name,-19} {Shorten(scenario.Path + (scenario.Script is null ? "" : " +Authorization"), 50),-50} {sizes[scenario.Name],7} {result.RequestsPerSecond,9:0.0} {result.P50Milliseconds,8:0.00} {result.P99Milliseconds,8:0.00} {result.Non2xx,6} {result.SocketErrors,6}  {$"{portalCpu * cores:0.00} / {(busy - portalCpu) * cores:0.00}",15}  {portal.PeakMemoryMiB(),5:0} MiB"));
        // Let the server settle between pages, as the peer waits for php-fpm to go idle.
        await Task.Delay(1000);
    }
    var peakMiB = portal.PeakMemoryMiB();
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Portal process peak RSS (VmHWM since its start, import excluded): {peakMiB:0} MiB = {peakMiB * 1.048576:0} MB; {portal.CurrentMemoryMiB():0} MiB now   target ≤ 200 MB: {(peakMiB * 1.048576 <= 200 ? "met" : "MISSED")}"));
    Console.WriteLine($"  now, in MiB: {portal.MemoryBreakdown()}");
    Console.WriteLine("(\"peak RSS\" in the table is the high-water mark up to the end of that page's run; \"CPU\" is cores used by the portal and by the rest: wrk, kernel, other work)");
    var article = results["article"].RequestsPerSecond;
    var uncached = results["article (uncached)"].RequestsPerSecond;
    var staticRate = results["static file"].RequestsPerSecond;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Article / static file of the same bytes: {article / staticRate:0.00}   target ≥ 0.8 (article served from the output cache): {(article / staticRate >= 0.8 ? "met" : "MISSED")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Article / article (uncached): {article / uncached:0.00}   (about 1 means the article page is not served from a cache)"));
    Console.WriteLine($"Load average after the runs: {CpuUsage.LoadAverage()}");
    await portal.StopAsync();
    portal = null;

    // ---- 5. The WordPress peer in the same run --------------------------------------------------------
    if (peer is not null)
    {
        Console.WriteLine();
        Console.WriteLine("WordPress peer (bench.sh, same wrk settings):");
        var (report, rows) = await peer.MeasureAsync(options);
        await peer.StopAsync();
        Console.WriteLine(report.TrimEnd());
        Console.WriteLine($"Load average after the peer: {CpuUsage.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("Portal / WordPress in this run (requests per second):");
        foreach (var scenario in scenarios)
        {
            var theirs = rows.Single(r => r.Scenario == scenario.PeerScenario);
            var ratio = results[scenario.Name].RequestsPerSecond / theirs.RequestsPerSecond;
            var target = scenario.PeerScenario == "static" ? "no target: both serve a file"
                : scenario.Name == "article" ? "cached; the target is on the uncached figure"
                : ratio >= 100 ? "target ≥ 100×: met" : "target ≥ 100×: MISSED";
            var against = scenario.Note.Length > 0 ? $"{scenario.PeerScenario} ({scenario.Note})" : scenario.PeerScenario;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {scenario.Name,-19} {results[scenario.Name].RequestsPerSecond,9:0.0}  vs {against,-20} {theirs.RequestsPerSecond,9:0.0}  = {ratio,8:0.0}×   {target}"));
        }
        Console.WriteLine("  (WordPress's bench has no list page; its home page, the 10 latest posts with excerpts, is the nearest kind to the news and documents lists)");
    }
    succeeded = true;
    return 0;
}
catch (BenchException e)
{
    Console.Error.WriteLine($"PageBench failed: {e.Message}");
    return 1;
}
finally
{
    if (portal is not null)
    {
        await portal.StopAsync();
    }
    if (peer is not null)
    {
        await peer.StopAsync();
    }
    // A failed run keeps its folder: the portal's log and wrk's output say what happened.
    if (options.Keep || !succeeded)
    {
        Console.WriteLine($"Kept the work folder: {work} (data/, portal/ as published, site.recipe.json, portal.log, wrk-*.txt)");
    }
    else
    {
        Directory.Delete(work, recursive: true);
    }
}

static async Task<byte[]> FetchAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url);
    return response.StatusCode == HttpStatusCode.OK
        ? await response.Content.ReadAsByteArrayAsync()
        : throw new BenchException($"{url} answered {(int)response.StatusCode} {response.StatusCode}");
}

static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

/// <summary>A page measured: its path, the wrk script if any, and the peer's scenario it is compared with.</summary>
internal sealed record Scenario(string Name, string Path, string? Script, string PeerScenario, string Note);
