using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>The search box over the admin's content list: drafts and reviews found by folded words, within the person's clusters.</summary>
public sealed class AdminSearchTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string OtherCluster = "cum-khac";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var otherDraft = TestRecipes.Conference("nhap-cum-khac", "Hội nghị tổng kết của cụm khác", status: "Draft", body: "Cụm khác họp tại Đô Lương.");
        otherDraft["cluster"] = OtherCluster;
        var plan = new JsonObject
        {
            ["type"] = "Plan", ["id"] = "ke-hoach-585", ["cluster"] = TestRecipes.ClusterId, ["title"] = "Kế hoạch thi đua năm 2026",
            ["status"] = "InReview", ["number"] = "585/QĐ-UBND", ["issuedOn"] = "2026-01-10", ["issuer"] = "Ủy ban nhân dân tỉnh",
            ["summary"] = "Phát động phong trào thi đua",
        };
        var recipe = TestRecipes.WithContent(
        [
            TestRecipes.Conference("nhap-tong-ket", "Hội nghị tổng kết năm 2025", status: "Draft", body: "Các đơn vị ký giao ước tại Đô Lương."),
            TestRecipes.Conference("da-dang", "Tin đã đăng về khen thưởng", body: "Đã đăng."),
            plan,
            otherDraft,
            .. Enumerable.Range(1, 23).Select(i => TestRecipes.Conference($"so-ket-{i}", $"Báo cáo sơ kết đợt {i}", status: "Draft")),
        ]);
        recipe["steps"]![1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = OtherCluster, ["kind"] = "Cluster", ["number"] = 98, ["name"] = "Cụm thi đua khác", ["slug"] = "cum-thi-dua-khac",
            ["province"] = "Nghệ An", ["reviewRequired"] = true,
        });
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<List<string>> TitlesAsync(AdminClient client, string query)
    {
        var page = await client.GetDocumentAsync($"/admin/noi-dung?{query}");
        return page.QuerySelectorAll("table.list tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task A_draft_is_found_by_its_title_typed_without_accents_and_by_a_word_of_its_body()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        Assert.Equal(["Hội nghị tổng kết năm 2025"], await TitlesAsync(editor, "q=hoi+nghi+tong+ket"));
        Assert.Equal(["Hội nghị tổng kết năm 2025"], await TitlesAsync(editor, "q=" + Uri.EscapeDataString("ĐÔ LƯƠNG")));
        Assert.Equal(["Hội nghị tổng kết năm 2025"], await TitlesAsync(editor, "q=giao+uoc"));
        Assert.Empty(await TitlesAsync(editor, "q=hoi+nghi+tong+ket+2024"));
    }

    [Theory]
    [InlineData("585/QĐ-UBND")]
    [InlineData("585/qd-ubnd")]
    [InlineData("585")]
    public async Task An_item_in_review_is_found_by_its_number_however_it_is_typed(string number)
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        Assert.Equal(["Kế hoạch thi đua năm 2026"], await TitlesAsync(editor, "q=" + Uri.EscapeDataString(number)));
        Assert.Empty(await TitlesAsync(editor, "q=58"));
    }

    [Fact]
    public async Task A_cluster_editor_never_finds_another_clusters_draft_and_staff_find_both()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);

        Assert.DoesNotContain("Hội nghị tổng kết của cụm khác", await TitlesAsync(editor, "q=tong+ket"));
        Assert.Empty(await TitlesAsync(editor, $"q=tong+ket&cum={OtherCluster}"));
        Assert.Equal(["Hội nghị tổng kết của cụm khác", "Hội nghị tổng kết năm 2025"], (await TitlesAsync(staff, "q=tong+ket")).Order());
    }

    [Fact]
    public async Task The_search_keeps_to_the_filters_and_its_pages_carry_it()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        Assert.Empty(await TitlesAsync(editor, "q=hoi+nghi&trang-thai=InReview"));
        Assert.Equal(["Kế hoạch thi đua năm 2026"], await TitlesAsync(editor, "q=thi+dua&loai=Plan"));

        var first = await editor.GetDocumentAsync("/admin/noi-dung?q=bao+cao+so+ket");
        Assert.Equal("bao cao so ket", first.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Equal(20, first.QuerySelectorAll("table.list tbody tr").Length);
        var next = first.QuerySelectorAll(".pager a").Single().GetAttribute("href")!;
        Assert.Contains("q=bao", next);
        var second = await TitlesAsync(editor, next.Split('?')[1]);
        Assert.Equal(3, second.Count);
        Assert.All(second, title => Assert.StartsWith("Báo cáo sơ kết", title));
    }

    [Fact]
    public async Task Items_saved_before_the_search_existed_get_their_words_at_start()
    {
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("DELETE FROM content_search_words");
        }
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        Assert.Empty(await TitlesAsync(editor, "q=hoi+nghi+tong+ket"));

        Assert.True(await _site.Service<ContentStore>().FillMissingSearchWordsAsync() >= 27);

        Assert.Equal(["Hội nghị tổng kết năm 2025"], await TitlesAsync(editor, "q=hoi+nghi+tong+ket"));
    }
}
