using System.Diagnostics;

namespace EmulationPortal.FunctionalTests;

/// <summary>The host's command line (<c>recipe</c>, <c>reindex</c>, <c>intake</c>) run as a person runs it: a separate process.</summary>
public static class HostCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var (exitCode, output, error) = await RunSeparatelyAsync(args);
        return (exitCode, output + error);
    }

    /// <summary>Standard output and standard error apart, for a command whose output is its result (intake's JSON).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunSeparatelyAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EmulationPortal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
