using EmulationPortal.Core.Content;

namespace EmulationPortal.UnitTests.Core.Content;

public sealed class TextDiffTests
{
    private static IReadOnlyList<(DiffKind, string)> Diff(string[] before, string[] after)
    {
        var diff = TextDiff.Lines(before, after);
        Assert.False(diff.TooLong);
        return diff.Lines.Select(l => (l.Kind, l.Text)).ToList();
    }

    [Fact]
    public void A_changed_line_is_removed_then_added_between_the_same_lines()
    {
        Assert.Equal(
            [(DiffKind.Same, "a"), (DiffKind.Removed, "b"), (DiffKind.Added, "x"), (DiffKind.Same, "c")],
            Diff(["a", "b", "c"], ["a", "x", "c"]));
    }

    [Fact]
    public void Lines_added_at_the_ends_and_lines_removed_in_the_middle_are_found()
    {
        Assert.Equal(
            [(DiffKind.Added, "0"), (DiffKind.Same, "a"), (DiffKind.Removed, "b"), (DiffKind.Removed, "c"), (DiffKind.Same, "d"), (DiffKind.Added, "e")],
            Diff(["a", "b", "c", "d"], ["0", "a", "d", "e"]));
    }

    [Fact]
    public void Empty_and_equal_texts()
    {
        Assert.Equal([(DiffKind.Added, "a"), (DiffKind.Added, "")], Diff([], ["a", ""]));
        Assert.Equal([(DiffKind.Removed, "a")], Diff(["a"], []));
        Assert.Empty(Diff([], []));
        Assert.Equal([(DiffKind.Same, "a"), (DiffKind.Same, "b")], Diff(["a", "b"], ["a", "b"]));
    }

    [Fact]
    public void Lines_differing_only_in_case_or_spaces_are_different()
    {
        Assert.Equal([(DiffKind.Removed, "A b"), (DiffKind.Added, "a  b")], Diff(["A b"], ["a  b"]));
    }

    [Fact]
    public void A_twenty_thousand_line_body_and_a_changed_copy_compare_in_linear_space()
    {
        var before = Enumerable.Range(0, 20_000).Select(i => $"    Dòng {i} của bài viết về phong trào thi đua").ToArray();
        var after = before.Select((line, i) => i % 100 == 7 ? line + " (đã sửa)" : line).ToArray();
        // The table of the former LCS alone was 20,001 × 20,001 ints, 1.6 GB.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var diff = TextDiff.Lines(before, after);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.False(diff.TooLong);
        Assert.Equal(200, diff.Lines.Count(l => l.Kind == DiffKind.Removed));
        Assert.Equal(200, diff.Lines.Count(l => l.Kind == DiffKind.Added));
        Assert.Equal(19_800, diff.Lines.Count(l => l.Kind == DiffKind.Same));
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Texts_too_different_are_not_compared_and_cost_little()
    {
        var before = Enumerable.Range(0, 20_000).Select(i => $"Dòng {i}").ToArray();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var diff = TextDiff.Lines(before, before.Reverse().ToArray());

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(diff.TooLong);
        Assert.Empty(diff.Lines);
        Assert.True(allocated < 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Texts_with_changes_up_to_the_limit_are_compared_and_beyond_it_are_not()
    {
        var before = Enumerable.Range(0, 5_000).Select(i => $"Dòng {i}").ToArray();
        var atLimit = before.Select((line, i) => i < TextDiff.MaxChangedLines / 2 ? line + "*" : line).ToArray();
        var beyond = before.Select((line, i) => i <= TextDiff.MaxChangedLines / 2 ? line + "*" : line).ToArray();

        Assert.False(TextDiff.Lines(before, atLimit).TooLong);
        Assert.True(TextDiff.Lines(before, beyond).TooLong);
    }

    [Fact]
    public void Texts_with_more_lines_than_the_limit_are_not_compared()
    {
        var before = Enumerable.Repeat("a", TextDiff.MaxLines / 2 + 1).ToArray();

        Assert.True(TextDiff.Lines(before, before).TooLong);
    }
}
