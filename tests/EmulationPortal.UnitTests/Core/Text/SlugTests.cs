using EmulationPortal.Core.Text;

namespace EmulationPortal.UnitTests.Core.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Hội nghị tổng kết Cụm thi đua số 42", "hoi-nghi-tong-ket-cum-thi-dua-so-42")]
    [InlineData("Khối Nội chính – Lực lượng vũ trang", "khoi-noi-chinh-luc-luong-vu-trang")]
    [InlineData("Quyết định 1197/QĐ-UBND", "quyet-dinh-1197-qd-ubnd")]
    [InlineData("ĐÔ LƯƠNG", "do-luong")]
    [InlineData("  Thi đua   yêu nước!  ", "thi-dua-yeu-nuoc")]
    [InlineData("--Khen thưởng--", "khen-thuong")]
    [InlineData("Năm 2025: tổng kết & khen thưởng (đợt 2)", "nam-2025-tong-ket-khen-thuong-dot-2")]
    [InlineData("Tab\tand\nnew line", "tab-and-new-line")]
    [InlineData("Emoji 🎉 in the middle", "emoji-in-the-middle")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("Привет мир 2025", "2025")]
    public void From_builds_a_lower_case_ascii_slug(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Fact]
    public void From_accepts_decomposed_input()
    {
        const string decomposed = "Ho\u0302\u0323i nghi\u0323";

        Assert.Equal("hoi-nghi", Slug.From(decomposed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("!!! ??? ... ---")]
    [InlineData("– — « » “ ”")]
    [InlineData("🎉👍🏽✨")]
    [InlineData("日本語")]
    public void From_returns_empty_when_there_is_nothing_to_keep(string? text)
    {
        Assert.Equal("", Slug.From(text));
    }

    [Theory]
    [InlineData("hoi nghi tong ket", 10, "hoi-nghi")] // "hoi-nghi-t" would cut a word.
    [InlineData("hoi nghi tong ket", 8, "hoi-nghi")] // The next character is a hyphen.
    [InlineData("hoi nghi tong ket", 9, "hoi-nghi")] // Never end with the hyphen.
    [InlineData("hoi nghi tong ket", 17, "hoi-nghi-tong-ket")]
    [InlineData("hoi nghi tong ket", 100, "hoi-nghi-tong-ket")]
    [InlineData("hoi nghi", 2, "ho")] // A first word longer than the limit is cut.
    [InlineData("abcdefghij klm", 5, "abcde")]
    [InlineData("a b", 1, "a")]
    public void From_cuts_at_a_word_boundary(string text, int maxLength, string expected)
    {
        Assert.Equal(expected, Slug.From(text, maxLength));
    }

    [Fact]
    public void From_cuts_long_titles_to_the_default_length_at_a_word_boundary()
    {
        const string title =
            "Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và " +
            "phát động phong trào thi đua năm 2026 của Cụm thi đua các sở, ban, ngành tỉnh Thanh Hóa";

        var slug = Slug.From(title);

        Assert.True(slug.Length <= Slug.DefaultMaxLength);
        Assert.StartsWith(slug + "-", Slug.From(title, Slug.MaxLength));
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Slug.MaxLength + 1)]
    public void From_rejects_a_max_length_outside_the_valid_range(int maxLength)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Slug.From("thi dua", maxLength));
    }

    [Theory]
    [InlineData("Hội nghị tổng kết Cụm thi đua số 42")]
    [InlineData("Quyết định 1197/QĐ-UBND")]
    [InlineData("--a--b--")]
    [InlineData("x")]
    public void Every_non_empty_result_of_From_is_valid(string text)
    {
        Assert.True(Slug.IsValid(Slug.From(text)));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("2025")]
    [InlineData("hoi-nghi-tong-ket")]
    [InlineData("quyet-dinh-1197-qd-ubnd")]
    public void IsValid_accepts_well_formed_slugs(string slug)
    {
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-hoi-nghi")]
    [InlineData("hoi-nghi-")]
    [InlineData("-")]
    [InlineData("hoi--nghi")]
    [InlineData("Hoi-nghi")]
    [InlineData("hội-nghị")]
    [InlineData("hoi nghi")]
    [InlineData("hoi_nghi")]
    [InlineData("hoi-nghi\n")]
    [InlineData(" hoi-nghi")]
    public void IsValid_rejects_malformed_slugs(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Fact]
    public void IsValid_enforces_the_maximum_length()
    {
        Assert.True(Slug.IsValid(new string('a', Slug.MaxLength)));
        Assert.False(Slug.IsValid(new string('a', Slug.MaxLength + 1)));
    }
}
