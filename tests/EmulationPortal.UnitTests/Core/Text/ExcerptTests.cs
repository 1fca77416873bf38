using System.Globalization;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Text;
using EmulationPortal.Search.Services;

namespace EmulationPortal.UnitTests.Core.Text;

public sealed class ExcerptTests
{
    [Fact]
    public void A_short_text_is_returned_as_it_is()
    {
        Assert.Equal("Hội nghị tổng kết", Excerpt.Shorten("Hội nghị tổng kết", 17));
        Assert.Equal("", Excerpt.Shorten("", 10));
    }

    [Fact]
    public void A_long_text_is_cut_at_the_last_word_boundary_within_the_limit()
    {
        Assert.Equal("Hội nghị tổng kết…", Excerpt.Shorten("Hội nghị tổng kết công tác thi đua", 20));
        // The limit falling on a space keeps the whole word before it.
        Assert.Equal("Hội nghị tổng…", Excerpt.Shorten("Hội nghị tổng kết", 13));
    }

    [Fact]
    public void One_token_longer_than_the_limit_is_cut_inside_it()
    {
        var link = "https://example.vn/" + new string('a', 300);

        var teaser = Excerpt.Shorten(link, 220);

        Assert.Equal(link[..220] + "…", teaser);
    }

    [Fact]
    public void A_word_boundary_keeping_less_than_half_the_limit_gives_way_to_a_cut_inside_the_long_word()
    {
        var text = "Xem https://example.vn/" + new string('b', 300);

        Assert.Equal(text[..220] + "…", Excerpt.Shorten(text, 220));
    }

    [Theory]
    [InlineData("😀")]            // a surrogate pair
    [InlineData("e\u0301")]       // a letter and a combining accent (decomposed é)
    [InlineData("a\u0323\u0302")] // a letter and two combining marks (decomposed ậ)
    [InlineData("👩‍👩‍👧")]        // an emoji sequence joined by ZWJ
    [InlineData("🇻🇳")]            // a flag: two regional indicators
    public void A_cut_never_splits_a_grapheme(string grapheme)
    {
        var text = string.Concat(Enumerable.Repeat(grapheme, 100));
        for (var limit = 0; limit < text.Length; limit++)
        {
            var prefix = Excerpt.Prefix(text, limit);
            var shortened = Excerpt.Shorten(text, limit);

            Assert.True(prefix.Length <= limit);
            Assert.Equal(0, prefix.Length % grapheme.Length);
            Assert.StartsWith(prefix, text, StringComparison.Ordinal);
            Assert.Equal(prefix + Excerpt.Ellipsis, shortened);
            Assert.Equal(new StringInfo(prefix).LengthInTextElements, prefix.Length / grapheme.Length);
        }
    }

    [Fact]
    public void Boundaries_are_found_at_and_before_the_position()
    {
        const string text = "ab😀c";
        Assert.Equal(0, Excerpt.BoundaryAtOrBefore(text, 0));
        Assert.Equal(2, Excerpt.BoundaryAtOrBefore(text, 2));
        Assert.Equal(2, Excerpt.BoundaryAtOrBefore(text, 3));
        Assert.Equal(4, Excerpt.BoundaryAtOrBefore(text, 4));
        Assert.Equal(5, Excerpt.BoundaryAtOrBefore(text, 50));
    }

    [Fact]
    public void A_file_name_cut_to_its_limit_keeps_its_graphemes_whole()
    {
        var name = SafeFileName.From(new string('a', 119) + "😀😀.pdf");

        Assert.Equal(new string('a', 119), name);
    }

    [Fact]
    public void A_search_snippet_cut_inside_a_long_token_keeps_its_graphemes_whole()
    {
        // q with a diaeresis has no precomposed form: it stays two characters after NFC.
        const string grapheme = "q\u0308";
        var filler = string.Concat(Enumerable.Repeat(grapheme, 200));

        var snippet = Highlighter.Snippet(filler + " Đô Lương " + filler, new HashSet<string> { "do", "luong" }, 120);

        var sides = snippet.Split(" <mark>Đô Lương</mark> ");
        Assert.Equal(2, sides.Length);
        foreach (var side in sides.Select(s => s.Trim('…')))
        {
            Assert.NotEmpty(side);
            Assert.Equal(string.Concat(Enumerable.Repeat(grapheme, side.Length / 2)), side);
        }
    }
}
