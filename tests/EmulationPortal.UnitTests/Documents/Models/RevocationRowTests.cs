using EmulationPortal.Documents.Models;

namespace EmulationPortal.UnitTests.Documents.Models;

public sealed class RevocationRowTests
{
    [Theory]
    [InlineData("", new int[0])]
    [InlineData("2, 5", new[] { 2, 5 })]
    [InlineData("5;2  2", new[] { 2, 5 })]
    [InlineData("3-5, 9", new[] { 3, 4, 5, 9 })]
    [InlineData("3 – 4", new[] { 3, 4 })]
    public void Lines_are_numbers_and_ranges_in_any_separator_sorted_without_repeats(string text, int[] expected)
    {
        var (lines, error) = RevocationRow.ParseLines(text);

        Assert.Null(error);
        Assert.Equal(expected, lines);
    }

    [Theory]
    [InlineData("2, x", "“x” không phải số thứ tự dòng (ghi ví dụ: 2, 5 hoặc 3-7)")]
    [InlineData("0", "số thứ tự dòng phải từ 1 trở lên")]
    [InlineData("7-3", "khoảng dòng “7-3” không hợp lệ")]
    [InlineData("1-5000", "khoảng dòng “1-5000” không hợp lệ")]
    [InlineData("1-2-3", "“1-2-3” không phải số thứ tự dòng (ghi ví dụ: 2, 5 hoặc 3-7)")]
    public void Anything_else_is_refused_in_Vietnamese(string text, string message) =>
        Assert.Equal(message, RevocationRow.ParseLines(text).Error);
}
