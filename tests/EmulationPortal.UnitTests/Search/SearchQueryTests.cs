using EmulationPortal.Search.Services;

namespace EmulationPortal.UnitTests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Đô Lương", "\"do\" AND \"luong\"")]
    [InlineData("ĐÔ LƯƠNG", "\"do\" AND \"luong\"")]
    [InlineData("1197/QĐ-UBND", "\"1197 qd ubnd\"")]
    [InlineData("qđ-ubnd 1197", "\"qd ubnd\" AND \"1197\"")]
    [InlineData("\"thi đua\" khen", "\"thi dua\" AND \"khen\"")]
    [InlineData("khen thưởng -bằng", "(\"khen\" AND \"thuong\") NOT (\"bang\")")]
    [InlineData("cờ OR bằng khen", "\"co\" OR \"bang\" AND \"khen\"")]
    [InlineData("thi \"đua", "\"thi\" AND \"dua\"")]
    [InlineData("NEAR(thi, 2)", "\"near thi\" AND \"2\"")]
    [InlineData("title:thi*", "\"title thi\"")]
    [InlineData("'; DROP TABLE x; --", "\"drop\" AND \"table\" AND \"x\"")]
    public void Queries_become_expressions_of_quoted_folded_tokens_only(string query, string expression)
    {
        Assert.Equal(expression, SearchQuery.Parse(query).ToFtsExpression());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("😀 :: ***")]
    [InlineData("-thi -đua")]
    [InlineData("OR OR")]
    public void Input_with_nothing_to_look_for_is_an_empty_query(string query)
    {
        Assert.True(SearchQuery.Parse(query).IsEmpty);
    }

    [Fact]
    public void A_very_long_query_is_cut_to_a_bounded_number_of_clauses()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("thi OR ", 2000)));
        Assert.InRange(query.Clauses.Count, 1, 32);
    }

    [Theory]
    [InlineData("1197/QĐ-UBND", "1197/qd-ubnd")]
    [InlineData("số 68/2024/qđ-ubnd", "68/2024/qd-ubnd")]
    [InlineData("1197", null)]
    [InlineData("thi đua", null)]
    public void A_query_that_is_a_whole_document_number_is_known_as_one(string query, string? number)
    {
        Assert.Equal(number, SearchQuery.Parse(query).Number);
    }

    [Fact]
    public void Words_typed_with_diacritics_are_kept_as_typed_for_ranking()
    {
        Assert.Equal(["cờ", "đua"], SearchQuery.Parse("Cờ thi ĐUA 2025 -bằng").AccentedWords.Order());
        Assert.Empty(SearchQuery.Parse("co thi dua").AccentedWords);
    }

    [Fact]
    public void The_phrase_boost_covers_plain_word_lists_only()
    {
        Assert.Equal("\"giao uoc thi dua\"", SearchQuery.Parse("giao ước thi đua").ToPhraseExpression());
        Assert.Equal("title : \"giao uoc thi dua\"", SearchQuery.Parse("giao ước thi đua").ToTitlePhraseExpression());
        Assert.Null(SearchQuery.Parse("thi OR đua").ToPhraseExpression());
        Assert.Null(SearchQuery.Parse("đua").ToPhraseExpression());
    }
}
