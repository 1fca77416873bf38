using EmulationPortal.Media.Services;

namespace EmulationPortal.TestSupport;

/// <summary>
/// Whether the command-line tools a test needs are installed. "tesseract" counts as installed only with
/// its Vietnamese data, as the extractor needs it.
/// </summary>
public static class CommandLineTools
{
    /// <summary>In CI nothing may skip: there a missing tool fails the tests that need it.</summary>
    public static bool AreRequired => Environment.GetEnvironmentVariable("CI") == "true";

    public static string? SkipReason(string[] tools)
    {
        var missing = tools.Where(tool => !IsInstalled(tool)).ToList();
        return missing.Count == 0 || AreRequired
            ? null
            : $"Missing {string.Join(", ", missing)}: scripts/install-deps.sh installs the Debian packages " +
              "(skipped locally without them, failing when CI=true).";
    }

    private static bool IsInstalled(string tool) =>
        tool == TextExtractor.DefaultTesseractPath
            ? TextExtractor.OcrAvailable
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, tool)));
}

/// <summary>
/// A test that runs command-line tools (<c>[ToolFact("pdftotext", "tesseract")]</c>): skipped when one is
/// missing, except in CI (CI=true), where it runs and fails. xunit 2 has no dynamic skip, hence the
/// decision at discovery.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools) => Skip = CommandLineTools.SkipReason(tools);
}

/// <summary>The <see cref="ToolFactAttribute"/> of a theory.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools) => Skip = CommandLineTools.SkipReason(tools);
}

