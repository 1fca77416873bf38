using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Model;

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
/// Two texts word by word, as paragraphs of runs of words kept, added or removed; <see cref="TooLong"/> when
/// neither the words nor the paragraphs could be compared.
/// </summary>
public sealed record WordDiff(IReadOnlyList<IReadOnlyList<DiffLine>> Paragraphs, bool TooLong)
{
    public bool Changed => Paragraphs.Any(paragraph => paragraph.Any(run => run.Kind != DiffKind.Same));
}

/// <summary>
/// A line diff in linear space (DiffPlex's Myers), with its work capped: its time grows with the
/// texts' length times the number of changed lines, so texts too long or too different are not compared.
/// </summary>
public static partial class TextDiff
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
        return new LineDiff(Pieces(Differ.Instance.CreateDiffs(string.Join('\n', before), string.Join('\n', after),
            ignoreWhiteSpace: false, ignoreCase: false, new LineChunker())), TooLong: false);
    }

    /// <summary>
    /// Words, spaces and line breaks of two texts compared as pieces, under the same caps as lines; past them the
    /// paragraphs are compared as lines, so a rewritten long text still shows which paragraphs changed.
    /// </summary>
    public static WordDiff Words(string before, string after)
    {
        var beforeWords = WordChunker.Instance.Chunk(before);
        var afterWords = WordChunker.Instance.Chunk(after);
        if (beforeWords.Count + afterWords.Count > MaxLines || !DiffersByAtMost(beforeWords, afterWords, MaxChangedLines))
        {
            var paragraphs = Lines(Paragraphs(before), Paragraphs(after));
            return new WordDiff(paragraphs.Lines.Select(line => (IReadOnlyList<DiffLine>)[line]).ToList(), paragraphs.TooLong);
        }
        var pieces = Pieces(Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance));
        var result = new List<IReadOnlyList<DiffLine>>();
        var paragraph = new List<DiffLine>();
        foreach (var word in pieces)
        {
            var piece = word;
            if (piece.Text.Contains('\n'))
            {
                // A break both versions have, or the new one adds, starts a paragraph; one only the old had joined two
                // paragraphs, so it reads as a removed space.
                if (piece.Kind != DiffKind.Removed)
                {
                    result.Add(paragraph);
                    paragraph = [];
                    continue;
                }
                piece = piece with { Text = " " };
            }
            if (paragraph.Count > 0 && paragraph[^1].Kind == piece.Kind)
            {
                paragraph[^1] = piece with { Text = paragraph[^1].Text + piece.Text };
            }
            else
            {
                paragraph.Add(piece);
            }
        }
        result.Add(paragraph);
        return new WordDiff(result.Where(p => p.Count > 0).ToList(), TooLong: false);
    }

    private static string[] Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The pieces in order: kept ones once, each change as its removed pieces then its added ones.</summary>
    private static List<DiffLine> Pieces(DiffResult result)
    {
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
        return lines;
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

    /// <summary>A word, a run of spaces or a run of line breaks: every character stays in a piece, so pieces rebuild the text.</summary>
    private sealed partial class WordChunker : IChunker
    {
        public static readonly WordChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Piece().Matches(text.Replace("\r\n", "\n")).Select(m => m.Value).ToArray();

        [GeneratedRegex(@"\n[\s]*|[^\S\n]+|[^\s]+")]
        private static partial Regex Piece();
    }
}
