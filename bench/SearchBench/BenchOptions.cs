using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SearchBench;

/// <summary>The command line: sizes of the corpus and of the query run, and what to keep.</summary>
internal sealed record BenchOptions(int Documents, int Writeups, int Queries, bool Keep, bool Profile, string? Database, bool Portal, bool PortalOnly,
    bool Suggest)
{
    public const string Usage =
        "usage: SearchBench [--documents N] [--writeups N] [--queries N] [--small] [--keep] [--profile] [--database DIR] [--portal] [--portal-only] [--suggest]\n" +
        "  --small         5,000 documents and 500 write-ups instead of 100,000 and 10,000\n" +
        "  --keep          keep the data folder and print its path\n" +
        "  --profile       also time the parts of a search: generation check, the index's work, rows and snippets\n" +
        "  --database DIR  reuse a folder kept by --keep: no generation, the index is rebuilt and timed again\n" +
        "  --portal        then start the portal itself on the rows and the index, and measure it over HTTP\n" +
        "  --portal-only   with --database: only that, on the rows and the index an earlier --portal run left\n" +
        "  --suggest       also time the search box's completions and the spelling suggestions";

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchOptions? options, out string error)
    {
        options = null;
        error = "";
        int? documents = null, writeups = null;
        var queries = 2000;
        bool small = false, keep = false, profile = false, portal = false, portalOnly = false, suggest = false;
        string? database = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--small":
                    small = true;
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--profile":
                    profile = true;
                    break;
                case "--portal":
                    portal = true;
                    break;
                case "--portal-only":
                    portalOnly = true;
                    break;
                case "--suggest":
                    suggest = true;
                    break;
                case "--database" when i + 1 < args.Length:
                    database = args[++i];
                    break;
                case "--documents" or "--writeups" or "--queries":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
                    {
                        error = $"{args[i]} needs a positive whole number.";
                        return false;
                    }
                    switch (args[i])
                    {
                        case "--documents":
                            documents = value;
                            break;
                        case "--writeups":
                            writeups = value;
                            break;
                        default:
                            queries = value;
                            break;
                    }
                    i++;
                    break;
                default:
                    error = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }
        if (portalOnly && database is null)
        {
            error = "--portal-only needs --database DIR.";
            return false;
        }
        options = new BenchOptions(documents ?? (small ? 5_000 : 100_000), writeups ?? (small ? 500 : 10_000), queries, keep, profile, database, portal, portalOnly,
            suggest);
        return true;
    }
}
