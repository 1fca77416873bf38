using DiffPlex;

namespace EmulationPortal.Core.Content;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>The lines of two texts side by side, or <see cref="TooLong"/> when comparing them would cost too much.</summary>
public sealed record LineDiff(IReadOnlyList<DiffLine> Lines, bool TooLong)
{
    public static readonly LineDiff TooLongToCompare = new([], TooLong: true);
}

/// <summary>
/// A line diff in linear space (DiffPlex's Myers), with its work capped: its time grows with the
/// texts' length times the number of changed lines, so texts too long or too different are not compared.
/// </summary>
public static class TextDiff
{
    /// <summary>Lines of both texts together.</summary>
    public const int MaxLines = 100_000;

    /// <summary>Lines to remove and add to turn one text into the other.</summary>
    public const int MaxChangedLines = 2_000;

    public const string TooLongNote =
        "Hai bản quá dài hoặc khác nhau quá nhiều để so sánh từng dòng, nên khác biệt không được hiển thị.";

    public static LineDiff Lines(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Count + after.Count > MaxLines || !DiffersByAtMost(before, after, MaxChangedLines))
        {
            return LineDiff.TooLongToCompare;
        }
        var result = Differ.Instance.CreateDiffs(string.Join('\n', before), string.Join('\n', after),
            ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var lines = new List<DiffLine>(Math.Max(result.PiecesOld.Count, result.PiecesNew.Count));
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                lines.Add(new DiffLine(DiffKind.Same, result.PiecesOld[a]));
            }
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                lines.Add(new DiffLine(DiffKind.Removed, result.PiecesOld[a++]));
            }
            for (var i = 0; i < block.InsertCountB; i++)
            {
                lines.Add(new DiffLine(DiffKind.Added, result.PiecesNew[block.InsertStartB + i]));
            }
        }
        for (; a < result.PiecesOld.Count; a++)
        {
            lines.Add(new DiffLine(DiffKind.Same, result.PiecesOld[a]));
        }
        return new LineDiff(lines, TooLong: false);
    }

    /// <summary>
    /// Whether at most <paramref name="limit"/> lines are removed or added, by Myers' greedy forward
    /// search stopped at that depth: at most (n + m) × limit steps in linear space.
    /// </summary>
    private static bool DiffersByAtMost(IReadOnlyList<string> before, IReadOnlyList<string> after, int limit)
    {
        int n = before.Count, m = after.Count;
        var offset = limit + 1;
        var furthest = new int[2 * limit + 3];
        for (var d = 0; d <= limit; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
                    ? furthest[offset + k + 1]
                    : furthest[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(before[x], after[y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }
                furthest[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Splits on '\n' alone: the texts were joined with it, so each piece is one of the given lines.</summary>
    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Split('\n');
    }
}
