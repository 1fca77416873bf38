using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AwardsBench;

/// <summary>The command line: the size of the register, how many requests each page gets, what to keep.</summary>
internal sealed record BenchOptions(int Decisions, int LinesPerDecision, int Requests, int WarmUp, bool Keep, string? Database)
{
    public const string Usage =
        "usage: AwardsBench [--decisions N] [--lines N] [--requests N] [--warmup N] [--small] [--keep] [--database DIR]\n" +
        "  --decisions N   award decisions generated (1,000), over ten years\n" +
        "  --lines N       award lines per decision (100)\n" +
        "  --requests N    measured requests per kind of page (400), spread over its addresses\n" +
        "  --warmup N      discarded requests per address before measuring (10)\n" +
        "  --small         50 decisions of 40 lines: a check of the bench itself in a few minutes\n" +
        "  --keep          keep the work folder (data, published portal, recipe, the portal's log) and print its path\n" +
        "  --database DIR  measure again on a work folder kept by --keep: no generation, no import";

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchOptions? options, out string error)
    {
        options = null;
        error = "";
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string? database = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--small" or "--keep")
            {
                flags.Add(args[i]);
            }
            else if (args[i] == "--database" && i + 1 < args.Length)
            {
                database = Path.GetFullPath(args[++i]);
            }
            else if (args[i] is "--decisions" or "--lines" or "--requests" or "--warmup")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
                {
                    error = $"{args[i]} needs a positive whole number.";
                    return false;
                }
                numbers[args[i]] = value;
                i++;
            }
            else
            {
                error = $"Unknown or incomplete option '{args[i]}'.";
                return false;
            }
        }
        var small = flags.Contains("--small");
        options = new BenchOptions(numbers.GetValueOrDefault("--decisions", small ? 50 : 1_000), numbers.GetValueOrDefault("--lines", small ? 40 : 100),
            numbers.GetValueOrDefault("--requests", 400), numbers.GetValueOrDefault("--warmup", 10), flags.Contains("--keep"), database);
        return true;
    }
}
