using System.Diagnostics;

namespace PageBench;

/// <summary>A failure that ends the benchmark with a message rather than a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);

/// <summary>Runs shell commands (bash) and hands back their output.</summary>
internal static class Shell
{
    public static bool IsRoot => Environment.UserName == "root";

    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static async Task<bool> SucceedsAsync(string command) => (await ExecuteAsync(command, workingDirectory: null)).ExitCode == 0;

    /// <summary>Runs the command; its standard output is returned, and a failure throws with everything it printed.</summary>
    public static async Task<string> OutputAsync(string command, string? workingDirectory = null)
    {
        var (exitCode, output, error) = await ExecuteAsync(command, workingDirectory);
        return exitCode == 0 ? output : throw new BenchException($"`{command}` failed with exit code {exitCode}:\n{Tail(output + error)}");
    }

    public static Task RunAsync(string command, string? workingDirectory = null) => OutputAsync(command, workingDirectory);

    private static async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(string command, string? workingDirectory)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        using var process = Process.Start(start) ?? throw new BenchException($"could not start bash for `{command}`");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The last lines of a long output: where a build or a script says what went wrong.</summary>
    public static string Tail(string text, int lines = 40) =>
        string.Join('\n', text.TrimEnd().Split('\n').TakeLast(lines));
}
