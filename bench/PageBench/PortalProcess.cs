using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PageBench;

/// <summary>
/// The portal as it runs in production: published in Release, configured only by command-line arguments
/// (its data folder, no demo content, the Production environment), with the job worker on as in a normal
/// start. Its process is started through <c>exec</c>, so the id we hold is the portal's own.
/// </summary>
internal sealed class PortalProcess
{
    private const string Assembly = "EmulationPortal.Web.dll";

    private readonly string _publishFolder;
    private readonly string _dataFolder;
    private readonly string _logFile;

    private PortalProcess(string publishFolder, string dataFolder, string logFile, int port, int processId)
    {
        _publishFolder = publishFolder;
        _dataFolder = dataFolder;
        _logFile = logFile;
        Port = port;
        ProcessId = processId;
    }

    public int Port { get; }

    public int ProcessId { get; }

    public string BaseUrl => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}");

    /// <summary>The published copy's static-file folder, where the benchmark may put files of its own.</summary>
    public string WebRoot => Path.Combine(_publishFolder, "wwwroot");

    public static async Task PublishAsync(string repository, string publishFolder) =>
        await Shell.RunAsync($"dotnet publish src/Web -c Release -o {Shell.Quote(publishFolder)} -nologo -v quiet", repository);

    /// <summary>Fills the data folder with the portal's own <c>recipe run</c> command.</summary>
    public static async Task ImportAsync(string publishFolder, string dataFolder, string recipe) =>
        await Shell.RunAsync($"ASPNETCORE_ENVIRONMENT=Production dotnet {Assembly} recipe run {Shell.Quote(recipe)} {Settings(dataFolder)}", publishFolder);

    // wrk's connections all come from one address: the search limit per address would measure 429s.
    private static string Settings(string dataFolder) =>
        $"--Portal:DataPath={Shell.Quote(dataFolder)} --Portal:DemoContent=false " +
        "--Portal:RateLimits:Search:PermitsPerMinute=100000000 --Portal:RateLimits:Search:Burst=100000000";

    public static async Task<PortalProcess> StartAsync(string publishFolder, string dataFolder, string logFile)
    {
        var port = FreeLoopbackPort();
        // The content root is the working directory, so the published wwwroot is the one served.
        var pid = await Shell.OutputAsync(
            $"ASPNETCORE_ENVIRONMENT=Production nohup bash -c {Shell.Quote($"exec dotnet {Assembly} --urls http://127.0.0.1:{port} {Settings(dataFolder)}")} " +
            $">{Shell.Quote(logFile)} 2>&1 </dev/null & echo $!",
            publishFolder);
        var portal = new PortalProcess(publishFolder, dataFolder, logFile, port, int.Parse(pid.Trim(), CultureInfo.InvariantCulture));
        await portal.WaitUntilReadyAsync();
        return portal;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (!IsAlive)
            {
                throw new BenchException($"the portal stopped while starting:\n{Shell.Tail(await File.ReadAllTextAsync(_logFile))}");
            }
            try
            {
                if ((await client.GetAsync($"{BaseUrl}/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new BenchException($"the portal was not ready after two minutes; see {_logFile}");
    }

    public bool IsAlive => File.Exists($"/proc/{ProcessId}/status");

    /// <summary>Fails with the end of the portal's log when its process has gone.</summary>
    public async Task EnsureAliveAsync(string during)
    {
        if (!IsAlive)
        {
            throw new BenchException($"the portal (pid {ProcessId}) stopped during {during}; the end of its log:\n{Shell.Tail(await File.ReadAllTextAsync(_logFile))}");
        }
    }

    /// <summary>The process's peak resident memory since it started (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB() => StatusKilobytes("VmHWM") / 1024.0;

    public double CurrentMemoryMiB() => StatusKilobytes("VmRSS") / 1024.0;

    /// <summary>
    /// What the resident set is made of now, in MiB: anonymous memory (the GC's heap, native allocations,
    /// thread stacks), mapped files (assemblies, native libraries) and shared memory (.NET's JIT-compiled
    /// code, which W^X maps twice and the kernel counts twice).
    /// </summary>
    public string MemoryBreakdown() => string.Create(CultureInfo.InvariantCulture,
        $"anonymous {StatusKilobytes("RssAnon") / 1024.0:0}, files {StatusKilobytes("RssFile") / 1024.0:0}, shared (JIT code, mapped twice) {StatusKilobytes("RssShmem") / 1024.0:0}");

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>CPU time the process has used so far (user and system, all its threads), in clock ticks.</summary>
    public long CpuTicks() => CpuUsage.ProcessTicks(ProcessId);

    /// <summary>SIGTERM, as a service manager stops it; SIGKILL if it has not stopped in 30 s.</summary>
    public async Task StopAsync()
    {
        if (!IsAlive)
        {
            return;
        }
        await Shell.SucceedsAsync($"kill -TERM {ProcessId}");
        for (var i = 0; i < 300 && IsAlive; i++)
        {
            await Task.Delay(100);
        }
        if (IsAlive)
        {
            await Shell.SucceedsAsync($"kill -KILL {ProcessId}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>CPU accounting from /proc, to tell how much of the two cores the server used and how much went to wrk and the kernel.</summary>
internal static class CpuUsage
{
    public static long ProcessTicks(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th of them.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    /// <summary>Busy and total ticks of the whole machine, summed over its CPUs (as the peer counts them).</summary>
    public static (long Busy, long Total) MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq: busy leaves out idle and iowait.
        return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6], fields[0] + fields[1] + fields[2] + fields[3] + fields[4] + fields[5] + fields[6]);
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
