using System.Globalization;
using System.Text.RegularExpressions;

namespace PageBench;

/// <summary>One measured wrk run, read from wrk's own summary.</summary>
internal sealed record WrkResult(long Requests, double Seconds, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds,
    long Non2xx, long SocketErrors, string Output);

/// <summary>
/// Runs wrk as the WordPress peer's bench.sh does: 2 threads, keep-alive, no Accept-Encoding, a 30 s
/// timeout, a warm-up whose figures are thrown away, then the measured run with the latency distribution.
/// </summary>
internal static partial class Wrk
{
    public const int Threads = 2;

    /// <summary>Installs wrk the way the peer's setup.sh does (Debian's package), when it is missing.</summary>
    public static async Task EnsureInstalledAsync()
    {
        if (await Shell.SucceedsAsync("command -v wrk"))
        {
            return;
        }
        if (!Shell.IsRoot)
        {
            throw new BenchException("wrk is not installed: run `apt-get install -y wrk` as root, or run the benchmark as root.");
        }
        Console.WriteLine("Installing wrk (apt-get install -y wrk)…");
        await Shell.RunAsync("DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >/dev/null");
    }

    public static async Task<string> VersionAsync() =>
        (await Shell.OutputAsync("wrk -v 2>&1 | head -n 1")).Trim();

    public static Task WarmUpAsync(string url, int connections, int seconds, string? script) =>
        Shell.OutputAsync(Command(url, connections, seconds, script, latency: false));

    public static async Task<WrkResult> MeasureAsync(string url, int connections, int seconds, string? script)
    {
        var output = await Shell.OutputAsync(Command(url, connections, seconds, script, latency: true));
        return Parse(output);
    }

    private static string Command(string url, int connections, int seconds, string? script, bool latency) =>
        string.Create(CultureInfo.InvariantCulture,
            $"wrk -t{Threads} -c{connections} -d{seconds}s --timeout 30s{(latency ? " --latency" : "")}{(script is null ? "" : $" -s {Shell.Quote(script)}")} {Shell.Quote(url)}");

    public static WrkResult Parse(string output)
    {
        var summary = SummaryLine().Match(output);
        if (!summary.Success)
        {
            throw new BenchException($"wrk printed no summary:\n{output}");
        }
        var requests = long.Parse(summary.Groups["requests"].Value, CultureInfo.InvariantCulture);
        var seconds = Duration(summary.Groups["value"].Value, summary.Groups["unit"].Value) / 1000;
        var errors = SocketErrors().Match(output);
        var non2xx = Non2xx().Match(output);
        return new WrkResult(
            requests,
            seconds,
            requests / seconds,
            Percentile(output, "50"),
            Percentile(output, "99"),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            errors.Success ? errors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0,
            output);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+(?<value>[0-9.]+)(?<unit>us|ms|s|m|h)\s*$", RegexOptions.Multiline);
        return match.Success
            ? Duration(match.Groups["value"].Value, match.Groups["unit"].Value)
            : throw new BenchException($"wrk printed no {percent}th percentile:\n{output}");
    }

    /// <summary>A wrk duration in milliseconds ("812.00us", "1.23ms", "15.10s", "1.02m").</summary>
    private static double Duration(string value, string unit) =>
        double.Parse(value, CultureInfo.InvariantCulture) * unit switch
        {
            "us" => 0.001,
            "ms" => 1,
            "s" => 1000,
            "m" => 60_000,
            "h" => 3_600_000,
            _ => throw new BenchException($"unknown wrk time unit '{unit}'"),
        };

    [GeneratedRegex(@"^\s+(?<requests>\d+) requests in (?<value>[0-9.]+)(?<unit>us|ms|s|m|h),", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
