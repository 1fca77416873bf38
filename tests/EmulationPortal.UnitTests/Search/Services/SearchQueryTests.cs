using EmulationPortal.Search.Services;

namespace EmulationPortal.UnitTests.Search.Services;

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
    public void Queries_become_clauses_of_folded_tokens_only(string query, string expression)
    {
        Assert.Equal(expression, Describe(SearchQuery.Parse(query)));
    }

    // The clauses in the notation of an FTS5 expression: "phrase", AND, OR, NOT.
    private static string Describe(SearchQuery query)
    {
        static string Quote(IReadOnlyList<string> tokens) => $"\"{string.Join(' ', tokens)}\"";
        var positive = string.Concat(query.Clauses.Select((c, i) => (i == 0 ? "" : c.OrWithPrevious ? " OR " : " AND ") + Quote(c.Tokens)));
        return query.Excluded.Count == 0 ? positive : $"({positive}) NOT ({string.Join(" OR ", query.Excluded.Select(Quote))})";
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
        Assert.Equal(["giao", "uoc", "thi", "dua"], SearchQuery.Parse("giao ước \"thi đua\"").Phrase);
        Assert.Equal(["585", "qd", "ubnd"], SearchQuery.Parse("585/QĐ-UBND").Phrase);
        Assert.Null(SearchQuery.Parse("thi OR đua").Phrase);
        Assert.Null(SearchQuery.Parse("đua").Phrase);
    }

    [Theory]
    [InlineData("Đô Lương, 585/QĐ-UBND!", "do luong 585 qd ubnd")]
    [InlineData("  ", "")]
    [InlineData("a😀b", "a b")]
    public void Tokens_are_the_runs_of_folded_letters_and_digits(string text, string tokens)
    {
        Assert.Equal(tokens, string.Join(' ', SearchQuery.Tokenize(text)));
    }
}
