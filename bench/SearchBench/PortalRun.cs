using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using EmulationPortal.Search.Services;

namespace SearchBench;

/// <summary>
/// The portal itself (the web host beside the bench, in Release) started on the bench's data folder with an index
/// already on disk, as a restarted node starts: how long until it answers a search, then the query mix through
/// <c>/api/search</c> over HTTP, and the process's memory after it (the target: ≤ 250 MB resident).
/// </summary>
internal static class PortalRun
{
    /// <summary>What the process measured.</summary>
    /// <param name="FirstStartSeconds">The first start on these rows: other modules' one-time work on content written straight into the tables included.</param>
    /// <param name="RestartSeconds">A start again on the same data folder, as a restarted node starts: to its first search answer.</param>
    /// <param name="Mappings">The resident bytes of what the process maps, largest first: the index's files by kind, others by name.</param>
    public sealed record Figures(double FirstStartSeconds, double RestartSeconds, List<double> Milliseconds, int Failures, IReadOnlyDictionary<string, long> Memory,
        IReadOnlyList<(string Name, long Bytes)> Mappings);

    public static async Task<Figures> RunAsync(string dataPath, IReadOnlyList<BenchQuery> schedule, int warmUp)
    {
        double firstStart;
        using (var first = await StartAsync(dataPath))
        {
            firstStart = first.FirstAnswerSeconds;
        }
        using var portal = await StartAsync(dataPath);
        var timings = new List<double>();
        var failures = 0;
        for (var i = 0; i < schedule.Count; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await portal.Client.GetAsync(Url(schedule[i]));
            await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            failures += response.IsSuccessStatusCode ? 0 : 1;
            if (i >= warmUp)
            {
                timings.Add(elapsed);
            }
            if ((i + 1) % 50 == 0 || i + 1 == schedule.Count)
            {
                Console.Write($"\rPortal: requests {i + 1}/{schedule.Count}");
            }
        }
        Console.WriteLine();
        var memory = File.ReadLines($"/proc/{portal.Process.Id}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts[0] is "VmRSS" or "VmHWM" or "RssAnon" or "RssFile" or "RssShmem")
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024);
        if (Environment.GetEnvironmentVariable("SEARCHBENCH_HOLD") is { Length: > 0 } hold)
        {
            File.WriteAllText(hold, portal.Process.Id.ToString(CultureInfo.InvariantCulture));
            while (File.Exists(hold))
            {
                await Task.Delay(500);
            }
        }
        var indexFolder = Path.Combine(dataPath, SearchEngines.Folder);
        var mappings = ResidentByMapping(portal.Process.Id, indexFolder);
        memory["IndexFiles"] = mappings.Where(m => m.Name.StartsWith(IndexMapping, StringComparison.Ordinal)).Sum(m => m.Bytes);
        return new Figures(firstStart, portal.FirstAnswerSeconds, timings, failures, memory, mappings);
    }

    private const string IndexMapping = "index *";

    /// <summary>
    /// The resident bytes of each thing the process maps, largest first: the index's files (MMapDirectory) by extension,
    /// other files by name, memory of no file as the kernel names it ("[heap]", "[anonymous]", the JIT's "memfd:doublemapper").
    /// </summary>
    private static List<(string Name, long Bytes)> ResidentByMapping(int processId, string indexFolder)
    {
        var bytes = new Dictionary<string, long>();
        var name = "";
        foreach (var line in File.ReadLines($"/proc/{processId}/smaps"))
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && fields[0].Contains('-') && !fields[0].EndsWith(':'))
            {
                var path = fields.Length >= 6 ? fields[5].Trim() : "[anonymous]";
                name = path.StartsWith(indexFolder, StringComparison.Ordinal) ? IndexMapping + Path.GetExtension(path)
                    : path.StartsWith('/') ? Path.GetFileName(path) : path;
            }
            else if (fields is ["Rss:", var kilobytes, ..])
            {
                bytes[name] = bytes.GetValueOrDefault(name) + long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        return bytes.Select(pair => (pair.Key, pair.Value)).OrderByDescending(m => m.Value).ToList();
    }

    /// <summary>The portal started, once it answers a search; disposing it stops it.</summary>
    private static async Task<Running> StartAsync(string dataPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "EmulationPortal.Web.dll"),
            $"--urls=http://127.0.0.1:{port}",
            $"--Portal:DataPath={dataPath}",
            "--Portal:DemoContent=false",
            // One client asks everything: the per-address limit of a reader would refuse most of the mix.
            "--Portal:RateLimits:Search:PermitsPerMinute=1000000",
            "--Portal:RateLimits:Search:Burst=1000000",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var log = new StringBuilder();
        var started = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        // Not answered from, nor stored in, the output cache: every request is searched.
        client.DefaultRequestHeaders.Add("Authorization", "Bench");
        var running = new Running(process, client);
        while (true)
        {
            if (process.HasExited || started.Elapsed > TimeSpan.FromMinutes(10))
            {
                running.Dispose();
                throw new InvalidOperationException($"The portal did not answer a search; its log:\n{Tail(log)}");
            }
            try
            {
                using var response = await client.GetAsync(Url(new BenchQuery("first", new() { Query = "thi đua" })));
                if (response.IsSuccessStatusCode)
                {
                    return running with { FirstAnswerSeconds = started.Elapsed.TotalSeconds };
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(20);
        }
    }

    private sealed record Running(Process Process, HttpClient Client, double FirstAnswerSeconds = 0) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            if (!Process.HasExited)
            {
                // As a service manager stops it: the host shuts down and the index is closed.
                using (var stop = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)]))
                {
                    stop.WaitForExit();
                }
                if (!Process.WaitForExit(TimeSpan.FromSeconds(60)))
                {
                    Process.Kill();
                    Process.WaitForExit();
                }
            }
            Process.Dispose();
        }
    }

    /// <summary>The request as a reader's search through the API.</summary>
    private static string Url(BenchQuery query)
    {
        var request = query.Request;
        var parts = new List<string> { "q=" + Uri.EscapeDataString(request.Query) };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("type", request.Type);
        Add("cluster", request.ClusterId);
        Add("year", request.Year?.ToString(CultureInfo.InvariantCulture));
        Add("sort", request.Sort == "date" ? "date" : null);
        Add("page", request.Page == 1 ? null : request.Page.ToString(CultureInfo.InvariantCulture));
        return "/api/search?" + string.Join('&', parts);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static string Tail(StringBuilder log)
    {
        lock (log)
        {
            var text = log.ToString();
            return text.Length <= 4000 ? text : text[^4000..];
        }
    }
}
