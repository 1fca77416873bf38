using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PageBench;

/// <summary>The command line: the load wrk puts on each page, whether the WordPress peer runs too, what to keep.</summary>
internal sealed record BenchOptions(bool Peer, int Duration, int WarmUp, int Connections, bool Keep)
{
    public const string Usage =
        "usage: PageBench [--peer] [--duration N] [--warmup N] [--connections N] [--keep]\n" +
        "  --peer           also run the WordPress peer (as root) in the same run and print the ratios\n" +
        "  --duration N     seconds measured per page (15, as the peer)\n" +
        "  --warmup N       seconds of discarded warm-up before each measurement (5, as the peer)\n" +
        "  --connections N  wrk connections (32, as the peer; always 2 threads)\n" +
        "  --keep           keep the work folder (data, published portal, recipe, wrk output) and print its path";

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchOptions? options, out string error)
    {
        options = null;
        error = "";
        bool peer = false, keep = false;
        int duration = 15, warmUp = 5, connections = 32;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--peer":
                    peer = true;
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--duration" or "--warmup" or "--connections":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                        || value <= 0 || value > 3600)
                    {
                        error = $"{args[i]} needs a whole number from 1 to 3600.";
                        return false;
                    }
                    if (args[i] == "--duration")
                    {
                        duration = value;
                    }
                    else if (args[i] == "--warmup")
                    {
                        warmUp = value;
                    }
                    else
                    {
                        connections = value;
                    }
                    i++;
                    break;
                default:
                    error = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }
        options = new BenchOptions(peer, duration, warmUp, connections, keep);
        return true;
    }
}
