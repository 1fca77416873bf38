using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Search;
using EmulationPortal.Search.Services;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>
/// What the Lucene index adds to word matching: phrases of three or more words found whole (so their counts
/// are the documents holding them), a document number typed in another order, the words typed with diacritics
/// weighed over every match, and decoded postings kept from one search to the next as the index changes.
/// </summary>
public sealed class LuceneSearchTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_phrase_counts_the_documents_holding_it_whole_as_a_brute_force_count_over_the_rows_does()
    {
        // Five made-up words in random order: most phrases of three have all their pairs in many more bodies than hold them whole.
        string[] words = ["zva", "zvb", "zvc", "zvd", "zve"];
        var random = new Random(19);
        var items = Enumerable.Range(1, 150)
            .Select(i => TestRecipes.Conference($"bai-{i}", $"Bài {i} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}",
                body: string.Join(' ', Enumerable.Range(0, 14).Select(_ => words[random.Next(words.Length)]))))
            .ToArray();
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(items)));
        List<IReadOnlyList<IReadOnlyList<string>>> rows;
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            rows = (await connection.QueryAsync<(string Title, string Body)>("SELECT title AS Title, body AS Body FROM search_documents"))
                .Select(r => (IReadOnlyList<IReadOnlyList<string>>)[SearchQuery.Tokenize(r.Title), SearchQuery.Tokenize(r.Body)]).ToList();
        }
        var index = _site.Service<ISearchIndex>();
        var pairByPairCountsMore = false;

        foreach (var phrase in new[] { "zva zvb zvc", "zvc zvb zva", "zvd zve zva", "zvb zvb zvc", "zva zvb zvc zvd", "zve zvd zvc zvb", "zvc zvc zvc" })
        {
            var sought = phrase.Split(' ');
            var whole = rows.Count(fields => fields.Any(tokens => Holds(tokens, sought)));
            var pairByPair = rows.Count(fields => fields.Any(tokens => Enumerable.Range(0, sought.Length - 1).All(i => Holds(tokens, sought[i..(i + 2)]))));
            pairByPairCountsMore |= pairByPair > whole;

            var result = await index.SearchAsync(new SearchRequest { Query = $"\"{phrase}\"", PageSize = 50 });

            Assert.True(whole == result.Total, $"\"{phrase}\": {result.Total} found, {whole} hold it");
            Assert.Equal(whole, result.Facets["type"].Values.Sum());
        }
        Assert.True(pairByPairCountsMore, "the corpus has phrases whose pairs stand apart");
    }

    private static bool Holds(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) =>
        Enumerable.Range(0, tokens.Count - phrase.Count + 1).Any(start => phrase.Select((word, i) => tokens[start + i] == word).All(same => same));

    [Theory]
    [InlineData("2871/QĐ-UBND")]
    [InlineData("qđ-ubnd 2871")]
    [InlineData("QD-UBND 2871")]
    [InlineData("ubnd 2871 qđ")]
    public async Task A_document_number_typed_in_any_order_or_case_puts_that_document_first(string query)
    {
        var decision = new JsonObject
        {
            ["type"] = "Document",
            ["id"] = "qd-2871",
            ["cluster"] = TestRecipes.ClusterId,
            ["title"] = "Quyết định ban hành quy chế",
            ["status"] = "Published",
            ["number"] = "2871/QĐ-UBND",
            ["issuedOn"] = "2025-06-10",
            ["issuer"] = "Ủy ban nhân dân tỉnh",
            ["summary"] = "Ban hành quy chế hoạt động.",
            ["body"] = "Điều 1. Ban hành kèm theo Quyết định này quy chế.",
        };
        // A write-up citing the number in its title and again and again below weighs more for its words alone.
        var citing = TestRecipes.Conference("bai-trich-dan", "Triển khai Quyết định 2871/QĐ-UBND và QĐ-UBND 2871",
            body: string.Join(' ', Enumerable.Repeat("Thực hiện Quyết định số 2871/QĐ-UBND của UBND tỉnh.", 6)));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(decision, citing)));

        var result = await _site.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = query });

        Assert.Equal(["qd-2871", "bai-trich-dan"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Words_typed_with_diacritics_put_the_documents_holding_them_as_written_first_however_many_fold_alike()
    {
        // Sixty short write-ups say "có" (folded "co", as "cờ" is); a longer one says "cờ", so its words alone weigh less.
        // The re-rank used to weigh only the best fifty by words alone, so the one with "cờ" stayed below them all.
        var items = Enumerable.Range(1, 60)
            .Select(i => TestRecipes.Conference($"bai-co-{i}", $"Bài {i}", body: "Đơn vị có thành tích."))
            .Append(TestRecipes.Conference("bai-co-thi-dua", "Bài tổng kết", body: "Đơn vị nhận cờ thi đua xuất sắc của tỉnh năm nay."))
            .ToArray();
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(items)));
        var index = _site.Service<ISearchIndex>();

        var written = await index.SearchAsync(new SearchRequest { Query = "cờ" });
        var folded = await index.SearchAsync(new SearchRequest { Query = "co" });

        Assert.Equal(61, written.Total);
        Assert.Equal("bai-co-thi-dua", written.Hits[0].Id);
        Assert.NotEqual("bai-co-thi-dua", folded.Hits[0].Id);
    }

    [Fact]
    public async Task Postings_kept_from_one_search_to_the_next_follow_every_change()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Enumerable.Range(1, 5).Select(i => TestRecipes.Conference($"bai-{i}", $"Bài zcache {i}", body: "zcache zphrase zwhole zkept")).ToArray())));
        var index = _site.Service<ISearchIndex>();
        async Task<string[]> FoundAsync(string query) =>
            (await index.SearchAsync(new SearchRequest { Query = query, PageSize = 50 })).Hits.Select(h => h.Id).Order().ToArray();
        Assert.Equal(5, (await FoundAsync("zcache")).Length);
        Assert.Equal(5, (await FoundAsync("\"zphrase zwhole zkept\"")).Length);

        await _site.Service<ContentEditing>().TransitionAsync(
            new ContentAccess("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>()),
            "bai-2", WorkflowAction.Unpublish, null);
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            TestRecipes.Conference("bai-moi", "Bài zcache mới", body: "zphrase zwhole zkept"))));

        string[] expected = ["bai-1", "bai-3", "bai-4", "bai-5", "bai-moi"];
        Assert.Equal(expected, await FoundAsync("zcache"));
        Assert.Equal(expected, await FoundAsync("\"zphrase zwhole zkept\""));
    }
}
