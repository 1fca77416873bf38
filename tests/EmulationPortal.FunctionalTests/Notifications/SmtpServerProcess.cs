using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace EmulationPortal.FunctionalTests.Notifications;

/// <summary>
/// A real SMTP server in its own process: Debian's aiosmtpd (package python3-aiosmtpd) with its Mailbox
/// handler, which writes every message it accepts into a maildir the test reads back.
/// </summary>
public sealed class SmtpServerProcess : IDisposable
{
    /// <summary>Debian's own interpreter: a python3 earlier on PATH (pyenv, a venv) does not see Debian's packages.</summary>
    public const string Python = "/usr/bin/python3";

    private readonly Process _process;

    private SmtpServerProcess(Process process, int port, string maildir)
    {
        _process = process;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public static bool IsInstalled =>
        File.Exists(Python) && RunsOk(Python, "-c \"import aiosmtpd\"");

    /// <summary>Null when the server can run; otherwise why the test skips (never in CI, where it fails instead).</summary>
    public static string? SkipReason =>
        IsInstalled || CommandLineTools.AreRequired
            ? null
            : "Missing python3-aiosmtpd: scripts/install-deps.sh installs it (skipped locally without it, failing when CI=true).";

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts the server on <paramref name="port"/> and returns once it accepts connections.</summary>
    public static async Task<SmtpServerProcess> StartAsync(int port)
    {
        if (!IsInstalled)
        {
            Assert.Fail($"The SMTP test server needs Debian's python3-aiosmtpd under {Python}: run scripts/install-deps.sh as root " +
                "(apt-get install python3-aiosmtpd).");
        }
        // Only its parent is made: the Mailbox handler lays out a maildir (cur, new, tmp) only where none exists.
        var maildir = Path.Combine(Path.GetTempPath(), "portal-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(maildir)!);
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new SmtpServerProcess(process, port, maildir);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (process.HasExited)
            {
                string text;
                lock (errors) { text = errors.ToString(); }
                server.Dispose();
                Assert.Fail($"aiosmtpd exited with code {process.ExitCode} before accepting connections: {text}");
            }
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet: Python is still importing. Look again shortly.
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Every message delivered so far.</summary>
    public IReadOnlyList<(MimeMessage Message, string Raw)> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(file =>
        {
            var raw = File.ReadAllText(file);
            using var stream = File.OpenRead(file);
            return (MimeMessage.Load(stream), raw);
        }).ToList();
    }

    /// <summary>The messages to <paramref name="address"/>, waiting until there are at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<(MimeMessage Message, string Raw)>> WaitForAsync(string address, int count = 1, TimeSpan? deadline = null)
    {
        IReadOnlyList<(MimeMessage Message, string Raw)> found = [];
        await Faults.Wait.UntilAsync(() =>
        {
            found = To(address);
            return found.Count >= count;
        }, deadline ?? TimeSpan.FromSeconds(60), $"{count} e-mail(s) to {address} at the SMTP server on port {Port}");
        return found;
    }

    public IReadOnlyList<(MimeMessage Message, string Raw)> To(string address) =>
        Messages().Where(m => m.Message.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Maildir, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's own clean-up.
        }
    }

    private static bool RunsOk(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit(20_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A test that needs the SMTP server process: skipped locally without python3-aiosmtpd, failing in CI (CI=true).</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute() => Skip = SmtpServerProcess.SkipReason;
}
