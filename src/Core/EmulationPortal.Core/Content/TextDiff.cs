namespace EmulationPortal.Core.Content;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>A line diff by longest common subsequence: plenty for documents of a few hundred lines.</summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffLine> Lines(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>();
        int a = 0, b = 0;
        while (a < before.Count && b < after.Count)
        {
            if (before[a] == after[b])
            {
                lines.Add(new DiffLine(DiffKind.Same, before[a]));
                a++;
                b++;
            }
            else if (common[a + 1, b] >= common[a, b + 1])
            {
                lines.Add(new DiffLine(DiffKind.Removed, before[a++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Added, after[b++]));
            }
        }
        lines.AddRange(before.Skip(a).Select(line => new DiffLine(DiffKind.Removed, line)));
        lines.AddRange(after.Skip(b).Select(line => new DiffLine(DiffKind.Added, line)));
        return lines;
    }
}
