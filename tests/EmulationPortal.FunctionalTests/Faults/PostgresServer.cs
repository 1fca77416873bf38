using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EmulationPortal.FunctionalTests.Faults;

/// <summary>
/// A PostgreSQL server of one test's own (scripts/postgres.sh on a folder and a free port), which the
/// test may stop and start again under a running portal; the run's shared server is never touched.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-pg-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();

    private PostgresServer()
    {
    }

    /// <summary>The server's connection string (its <c>postgres</c> database).</summary>
    public string ConnectionString { get; private set; } = "";

    public static PostgresServer Start()
    {
        var server = new PostgresServer();
        server.ConnectionString = Script("start", server._root, server._port);
        return server;
    }

    /// <summary>Stops the server, keeping its data: every connection to it breaks.</summary>
    public void Pause() => Script("pause", _root, _port);

    public void Resume() => Script("resume", _root, _port);

    public void Dispose() => Script("stop", _root, _port);

    /// <summary>Runs scripts/postgres.sh; without a folder and port, on the script's defaults (the run's shared server).</summary>
    public static string Script(string verb, string? root = null, int? port = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestDatabase.RepositoryRoot(), "scripts", "postgres.sh"));
        start.ArgumentList.Add(verb);
        if (root is not null && port is not null)
        {
            start.Environment["PORTAL_PG_ROOT"] = root;
            start.Environment["PORTAL_PG_PORT"] = port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"scripts/postgres.sh {verb} failed: {error.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
