using EmulationPortal.Search.Services;

namespace EmulationPortal.UnitTests.Search.Services;

public sealed class HighlighterTests
{
    private static IReadOnlySet<string> Tokens(string query) => SearchQuery.Parse(query).Tokens;

    [Theory]
    [InlineData("Thống kê cơ sở Đô Lương", "do luong", "Thống kê cơ sở <mark>Đô Lương</mark>")]
    [InlineData("Thống kê cơ sở Đô Lương", "ĐÔ LƯƠNG", "Thống kê cơ sở <mark>Đô Lương</mark>")]
    [InlineData("Quyết định 1197/QĐ-UBND", "1197 qd", "Quyết định <mark>1197</mark>/<mark>QĐ</mark>-UBND")]
    [InlineData("Cờ thi đua <b>tỉnh</b> & huyện", "tinh", "Cờ thi đua &lt;b&gt;<mark>tỉnh</mark>&lt;/b&gt; &amp; huyện")]
    [InlineData("thi đua", "khen", "thi đua")]
    public void Words_sought_are_marked_on_the_original_text_and_the_rest_is_escaped(string text, string query, string html)
    {
        Assert.Equal(html, Highlighter.Mark(text, Tokens(query)));
    }

    [Fact]
    public void Decomposed_input_is_marked_at_the_right_places()
    {
        var decomposed = "Đô Lương".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("<mark>Đô Lương</mark>", Highlighter.Mark(decomposed, Tokens("do luong")));
    }

    [Fact]
    public void A_snippet_is_cut_around_the_first_word_sought_at_spaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("thi đua yêu nước", 40)) + " Cụm trưởng Đô Lương " + string.Join(' ', Enumerable.Repeat("khen thưởng", 40));

        var snippet = Highlighter.Snippet(text, Tokens("Đô Lương"), 120);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>Đô Lương</mark>", snippet);
        Assert.InRange(snippet.Length, 60, 160);
    }

    [Fact]
    public void A_short_text_is_its_own_snippet()
    {
        Assert.Equal("Hội nghị <mark>tổng kết</mark>", Highlighter.Snippet("Hội nghị tổng kết", Tokens("tong ket")));
    }
}
