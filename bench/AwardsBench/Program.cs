using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AwardsBench;
using PageBench;

// Generates a register of 100,000 award lines over ten years as a recipe, imports it with the portal's own
// `recipe run` (so the register is built as a publish builds it), starts the published portal and times the
// award pages and the API uncached, one request at a time.
// Usage: AwardsBench [--decisions N] [--lines N] [--requests N] [--warmup N] [--small] [--keep] [--database DIR]
const int Seed = 20_261_202;
const int LastYear = 2025;
const double TargetMilliseconds = 20;

if (!BenchOptions.TryParse(args, out var options, out var optionError))
{
    Console.Error.WriteLine(optionError);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var repository = BenchFiles.FindRepository();
var work = options.Database ?? Path.Combine(Path.GetTempPath(), $"awardsbench-{Guid.NewGuid():N}");
var dataFolder = Path.Combine(work, "data");
var publishFolder = Path.Combine(work, "portal");
if (options.Database is not null && !Directory.Exists(dataFolder))
{
    Console.Error.WriteLine($"{dataFolder} does not exist: --database takes a work folder kept by --keep.");
    return 2;
}
Directory.CreateDirectory(dataFolder);

PortalProcess? portal = null;
var succeeded = false;
// Ctrl+C must not leave a portal running.
Console.CancelKeyPress += (_, _) => portal?.StopAsync().GetAwaiter().GetResult();

try
{
    Console.WriteLine($"AwardsBench: {Environment.ProcessorCount} CPU cores, work folder {work}");
    Console.WriteLine($"Load average at the start: {CpuUsage.LoadAverage()}");

    // ---- 1. The site: the setup recipe's catalogue, then the generated register --------------------
    var step = Stopwatch.StartNew();
    var setupRecipe = Path.Combine(repository, "recipes", "setup.recipe.json");
    var generator = new AwardSiteGenerator(Seed, LastYear, JsonNode.Parse(await File.ReadAllTextAsync(setupRecipe))!.AsObject());
    // The same seed gives the same site, so a kept folder is measured with the addresses of the site it holds.
    var site = generator.Generate(options.Decisions, options.LinesPerDecision);
    var recipeFile = Path.Combine(work, "site.recipe.json");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Site: {site.Lines:N0} award lines in {site.Decisions:N0} decisions ({site.FirstYear}–{site.LastYear}), {site.RevokedLines} of them revoked by later decisions; {site.Units:N0} units in {site.Clusters} clusters and blocs; seed {Seed}"));

    step.Restart();
    await PortalProcess.PublishAsync(repository, publishFolder);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Published src/Web in Release in {step.Elapsed.TotalSeconds:0.0} s"));

    if (options.Database is null)
    {
        await using (var file = File.Create(recipeFile))
        {
            await JsonSerializer.SerializeAsync<object>(file, site.Recipe, new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        }
        step.Restart();
        await PortalProcess.ImportAsync(publishFolder, dataFolder, setupRecipe);
        var setupSeconds = step.Elapsed.TotalSeconds;
        step.Restart();
        await PortalProcess.ImportAsync(publishFolder, dataFolder, recipeFile);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported with `recipe run`: the setup recipe in {setupSeconds:0.0} s, then the site ({BenchFiles.Megabytes(new FileInfo(recipeFile).Length):0} MB of recipe) in {step.Elapsed.TotalSeconds:0.0} s: database {BenchFiles.Megabytes(BenchFiles.DatabaseBytes(dataFolder)):0} MB"));
    }
    else
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reusing the imported site in {dataFolder}: database {BenchFiles.Megabytes(BenchFiles.DatabaseBytes(dataFolder)):0} MB"));
    }

    // ---- 2. The portal, started as in production ----------------------------------------------------
    step.Restart();
    portal = await PortalProcess.StartAsync(publishFolder, dataFolder, Path.Combine(work, "portal.log"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Portal started (pid {portal.ProcessId}, {portal.BaseUrl}, Production) and ready in {step.Elapsed.TotalSeconds:0.0} s"));

    // ---- 3. Which pages exist, and what the register holds -------------------------------------------
    using var client = UncachedProbe.Client(portal.BaseUrl);
    var pages = AwardPages.For(site);
    var answering = new List<AwardPage>();
    foreach (var page in pages)
    {
        var status = await UncachedProbe.StatusAsync(client, page.Path);
        if (status == 200)
        {
            answering.Add(page);
        }
        else
        {
            Console.WriteLine($"  not measured: {page.Kind,-10} {page.Path} answered {status}");
        }
    }
    Console.WriteLine(await UncachedProbe.CheckRegisterAsync(client, site));

    // ---- 4. Every page uncached, one request at a time ------------------------------------------------
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Each request carries an Authorization header, which the output cache neither answers nor stores; {options.WarmUp} discarded requests per address, then {options.Requests} per kind of page over its addresses, one at a time on one keep-alive connection"));
    Console.WriteLine($"Load average before the runs: {CpuUsage.LoadAverage()}");
    Console.WriteLine();
    Console.WriteLine($"{"page",-10} {"addresses",9} {"requests",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"bytes",8}   target p95 ≤ {TargetMilliseconds} ms");
    var slowest = new List<(AwardPage Page, double P95)>();
    foreach (var kind in answering.GroupBy(p => p.Kind))
    {
        var addresses = kind.ToList();
        foreach (var page in addresses)
        {
            for (var i = 0; i < options.WarmUp; i++)
            {
                await UncachedProbe.TimeAsync(client, page.Path);
            }
        }
        var samples = new List<(AwardPage Page, double Milliseconds, long Bytes)>();
        for (var i = 0; i < options.Requests; i++)
        {
            var page = addresses[i % addresses.Count];
            var (milliseconds, bytes) = await UncachedProbe.TimeAsync(client, page.Path);
            samples.Add((page, milliseconds, bytes));
        }
        await portal.EnsureAliveAsync($"the run of {kind.Key}");
        var times = samples.Select(s => s.Milliseconds).Order().ToArray();
        var p95 = Percentile(times, 95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind.Key,-10} {addresses.Count,9} {samples.Count,8} {Percentile(times, 50),8:0.00} {p95,8:0.00} {times[^1],8:0.00} {samples.Average(s => s.Bytes),8:0}   {(p95 <= TargetMilliseconds ? "met" : "MISSED")}"));
        slowest.AddRange(samples.GroupBy(s => s.Page).Select(g => (g.Key, Percentile(g.Select(s => s.Milliseconds).Order().ToArray(), 95))));
    }
    Console.WriteLine();
    Console.WriteLine("p95 by address, slowest first:");
    foreach (var (page, p95) in slowest.OrderByDescending(s => s.P95).Take(12))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p95,8:0.00} ms  {page.Kind,-10} {page.Path}"));
    }
    Console.WriteLine($"Load average after the runs: {CpuUsage.LoadAverage()}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Portal process peak RSS (VmHWM since its start): {portal.PeakMemoryMiB():0} MiB"));
    await portal.StopAsync();
    portal = null;
    succeeded = true;
    return 0;
}
catch (BenchException e)
{
    Console.Error.WriteLine($"AwardsBench failed: {e.Message}");
    return 1;
}
finally
{
    if (portal is not null)
    {
        await portal.StopAsync();
    }
    // A failed run keeps its folder: the portal's log says what happened.
    if (options.Keep || options.Database is not null || !succeeded)
    {
        Console.WriteLine($"Kept the work folder: {work} (data/, portal/ as published, site.recipe.json, portal.log); measure it again with --database {work}");
    }
    else
    {
        Directory.Delete(work, recursive: true);
    }
}

// Nearest rank: the smallest time at least the given share of the requests took no longer than.
static double Percentile(double[] sorted, int percent) =>
    sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
