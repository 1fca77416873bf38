using EmulationPortal.Search.Services;

namespace EmulationPortal.UnitTests.Search.Services;

public sealed class SuggestionTextTests
{
    [Theory]
    [InlineData("quyet dinh khen th", "quyet dinh khen", "th")]
    [InlineData("Quyết định khen thưởng ", "quyet dinh khen thuong", null)]
    [InlineData("QĐ-UBND 28", "qd ubnd", "28")]
    [InlineData("2871/QĐ", "2871", "qd")]
    [InlineData("Đô Lương,", "do luong", null)]
    [InlineData("đ", "", "d")]
    [InlineData(" \" - / ", "", null)]
    [InlineData("", "", null)]
    public void What_is_typed_is_folded_and_its_last_word_is_a_prefix_until_a_space_or_mark_follows(string text, string whole, string? prefix)
    {
        var typed = TypedWords.Parse(text);

        Assert.Equal(whole, string.Join(' ', typed.Whole));
        Assert.Equal(prefix, typed.Prefix);
        Assert.Equal(whole.Length == 0 && prefix is null, typed.IsEmpty);
    }

    [Theory]
    [InlineData("lao dong tien", "Lao động tiên tiến", 0)]
    [InlineData("tien tien", "Lao động tiên tiến", 1)]
    [InlineData("dong lao", "Lao động tiên tiến", 1)]
    [InlineData("lao dong x", "Lao động tiên tiến", null)]
    [InlineData("lao dong tien ", "Lao động tiên tiến", 0)]
    [InlineData("ubnd 28", "2871 qd ubnd", 1)]
    [InlineData("2871 qd ub", "2871 qd ubnd", 0)]
    [InlineData("2872", "2871 qd ubnd", null)]
    public void A_text_holds_what_was_typed_from_its_start_or_anywhere_or_not_at_all(string typed, string text, int? rank)
    {
        Assert.Equal(rank, TypedWords.Parse(typed).Rank(SearchQuery.Tokenize(text)));
    }

    [Theory]
    [InlineData("qd-ubnd 28", "2871 qd ubnd", true)]
    [InlineData("2871 ub", "2871 qd ubnd", true)]
    [InlineData("2871 ubnd ", "2871 qd ubnd", true)]
    [InlineData("287 qd ", "2871 qd ubnd", false)]
    [InlineData("qd-ubnd 29", "2871 qd ubnd", false)]
    [InlineData("ub", "", false)]
    public void A_number_s_tokens_hold_what_was_typed_as_its_words_do(string typed, string tokens, bool held)
    {
        var words = TypedWords.Parse(typed);

        Assert.Equal(held, words.HeldBy(tokens));
        Assert.Equal(held, words.Rank(SearchQuery.Tokenize(tokens)) is not null);
    }

    [Fact]
    public void A_digit_typed_says_a_number_may_be_meant()
    {
        Assert.True(TypedWords.Parse("qd 28").HasDigit);
        Assert.False(TypedWords.Parse("quyet dinh").HasDigit);
    }

    [Theory]
    [InlineData("thi dau khen thuong", "thi dua khen thuong")]
    [InlineData("\"thi dau\" -Chuongg OR x", "\"thi dua\" -chuong OR x")]
    [InlineData("QĐ-UBND 2871", "QĐ-UBND 2871")]
    public void Corrections_replace_words_in_place_and_leave_quotes_signs_and_marks(string query, string corrected)
    {
        var corrections = new Dictionary<string, string> { ["dau"] = "dua", ["chuongg"] = "chuong" };

        Assert.Equal(corrected, Respelling.Apply(query, corrections));
    }

    [Theory]
    [InlineData("thi dau khen thuong", "Phong trào Thi đua khen thưởng năm 2025", "thi đua khen thưởng")]
    [InlineData("Thanh Chuongg", "Huyện Thanh Chương tổng kết", "Thanh Chương")]
    [InlineData("THANH CHUONGG", "Huyện Thanh Chương tổng kết", "THANH CHƯƠNG")]
    // Not side by side in the text: each word in the form the text writes it most.
    [InlineData("chuongg thanh", "Thanh Chương tổng kết, thanh tra Thanh Hóa", "chương thanh")]
    // Beside its neighbour typed, not in its most frequent form: "Đô Lương", not "do" and "chất lượng".
    [InlineData("Do Luongg tong ket", "Do đó chất lượng công tác, chất lượng hồ sơ tại Đô Lương được nâng cao; tổng kết", "Đô Lương tổng kết")]
    // A word typed with its diacritics and not corrected is the reader's own.
    [InlineData("thành dau", "Thanh đua", "thành đua")]
    // A corrected word the text does not hold stays as corrected; the others as typed.
    [InlineData("thi dau", "không có", "thi dua")]
    public void The_suggestion_writes_the_words_as_the_result_does_in_the_case_typed(string query, string text, string written)
    {
        var corrections = new Dictionary<string, string> { ["dau"] = "dua", ["chuongg"] = "chuong", ["luongg"] = "luong" };

        Assert.Equal(written, Respelling.AsWritten(query, corrections, text));
    }
}
