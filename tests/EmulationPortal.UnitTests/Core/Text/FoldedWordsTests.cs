using EmulationPortal.Core.Text;

namespace EmulationPortal.UnitTests.Core.Text;

public sealed class FoldedWordsTests
{
    [Fact]
    public void Text_becomes_folded_lower_case_words_between_spaces() =>
        Assert.Equal(" hoi nghi tong ket 585 qd ubnd do luong ", FoldedWords.Of(["Hội nghị TỔNG KẾT", "585/QĐ-UBND", null, "Đô Lương."]));

    [Fact]
    public void Words_match_word_starts_and_numbers_only_whole_numbers() =>
        Assert.Equal(["% 585 %", "% qd%", "% ubnd%", "% tong%"], FoldedWords.Patterns("585/qđ-UBND  tổng"));

    [Fact]
    public void Like_wildcards_and_repeated_words_never_reach_the_patterns() =>
        Assert.Equal(["% a%", "% b%"], FoldedWords.Patterns("%a_ b% a"));
}
