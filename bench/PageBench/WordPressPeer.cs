using System.Globalization;

namespace PageBench;

/// <summary>One row of the peer's table: a scenario (post, home, search, static) and its figures.</summary>
internal sealed record PeerRow(string Scenario, string Path, long Bytes, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds);

/// <summary>
/// The WordPress peer (<c>../shared/peers/wordpress</c>, beside the repository): set up and loaded with
/// 2,000 posts when it is not yet, then measured by its own bench.sh with our wrk settings. It needs root.
/// </summary>
internal sealed class WordPressPeer(string folder)
{
    public const int Posts = 2000;

    private static readonly string[] Scenarios = ["post", "home", "search", "static"];

    public string Folder { get; } = folder;

    public static WordPressPeer Find(string repository)
    {
        var folder = Path.GetFullPath(Path.Combine(repository, "..", "shared", "peers", "wordpress"));
        return File.Exists(Path.Combine(folder, "bench.sh"))
            ? new WordPressPeer(folder)
            : throw new BenchException($"no WordPress peer at {folder}");
    }

    /// <summary>Where the peer keeps its data (its PEER_WP_WORK knob, /tmp/peer-wp by default).</summary>
    private static string WorkFolder => Environment.GetEnvironmentVariable("PEER_WP_WORK") is { Length: > 0 } work ? work : "/tmp/peer-wp";

    /// <summary>Runs setup.sh when the peer has no configuration, load.sh when it does not hold 2,000 posts; then stops it until the measurement.</summary>
    public async Task EnsureReadyAsync()
    {
        if (!Shell.IsRoot)
        {
            throw new BenchException("--peer needs root: the WordPress peer installs Debian packages and starts mariadbd, php-fpm and nginx.");
        }
        if (!File.Exists(Path.Combine(WorkFolder, "conf", "my.cnf")))
        {
            Console.WriteLine("WordPress peer: not set up; running setup.sh (installs packages, a few minutes)…");
            await Shell.RunAsync("./setup.sh", Folder);
        }
        // wp-info.php needs the database up; common.sh starts only what is not running.
        var count = (await Shell.OutputAsync("source ./common.sh && start_all 2>/dev/null && wp_php wp-info.php post-count", Folder)).Trim();
        if (count != Posts.ToString(CultureInfo.InvariantCulture))
        {
            Console.WriteLine($"WordPress peer: {count} posts; running load.sh {Posts}…");
            await Shell.RunAsync($"./load.sh {Posts}", Folder);
        }
        await StopAsync();
    }

    /// <summary>How many times bench.sh is run before its failure is the benchmark's.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Runs bench.sh (it restarts the services itself) and returns its report and its rows. It is run
    /// again when it fails: its CPU accounting reads every /proc/*/stat under <c>pipefail</c>, so a
    /// process that ends between the glob and the read (its own short-lived subshells too) now and then
    /// stops it between two scenarios.
    /// </summary>
    public async Task<(string Report, IReadOnlyList<PeerRow> Rows)> MeasureAsync(BenchOptions options)
    {
        // bench.sh writes to a file, not to our pipe: if it dies, its memory sampler (a child that loops while a
        // flag file exists) would hold the pipe open for ever. Its flag is then removed, so the sampler ends.
        var reportFile = Path.Combine(Path.GetTempPath(), $"pagebench-peer-{Guid.NewGuid():N}.txt");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Shell.RunAsync(string.Create(CultureInfo.InvariantCulture,
                    $"PEER_WP_THREADS={Wrk.Threads} PEER_WP_CONNECTIONS={options.Connections} PEER_WP_DURATION={options.Duration} PEER_WP_WARMUP={options.WarmUp} ./bench.sh >{Shell.Quote(reportFile)} 2>&1 </dev/null"),
                    Folder);
                break;
            }
            catch (BenchException e)
            {
                await Shell.SucceedsAsync($"rm -f {Shell.Quote(WorkFolder)}/results/bench-*/.sampling");
                var failure = $"the peer's bench.sh failed (attempt {attempt} of {Attempts}):\n{Shell.Tail(await File.ReadAllTextAsync(reportFile))}\n{e.Message}";
                if (attempt == Attempts)
                {
                    throw new BenchException(failure);
                }
                Console.WriteLine($"{failure}\nRunning it again.");
            }
        }
        // Its own log lines ("[peer-wp] starting …") are left out of the report.
        var report = string.Join('\n', (await File.ReadAllLinesAsync(reportFile)).Where(l => !l.StartsWith("[peer-wp]", StringComparison.Ordinal)));
        File.Delete(reportFile);
        var rows = report.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 8 && Scenarios.Contains(fields[0]) && long.TryParse(fields[2], CultureInfo.InvariantCulture, out _))
            .Select(fields => new PeerRow(fields[0], fields[1], long.Parse(fields[2], CultureInfo.InvariantCulture),
                double.Parse(fields[3], CultureInfo.InvariantCulture), double.Parse(fields[4], CultureInfo.InvariantCulture),
                double.Parse(fields[5], CultureInfo.InvariantCulture)))
            .ToList();
        var missing = Scenarios.Where(s => rows.All(r => r.Scenario != s)).ToList();
        return missing.Count == 0 ? (report, rows) : throw new BenchException($"the peer's table has no row for {string.Join(", ", missing)}:\n{report}");
    }

    /// <summary>services.sh stop: only the processes the peer recorded as its own.</summary>
    public Task StopAsync() => Shell.RunAsync("./services.sh stop 2>/dev/null", Folder);
}
