using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>
/// A new item starts in the editor's own cluster and says so; someone who works in several clusters, or the board's
/// staff who work in all, choose one, and saving without a choice is refused with what was typed kept.
/// </summary>
public sealed class NewItemClusterTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string OtherCluster = "cum-khac";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.BaseSteps();
        // A second cluster whose name sorts first, so that "the first in the list" is never the editor's own.
        recipe["steps"]![1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = OtherCluster, ["kind"] = "Cluster", ["number"] = 1, ["name"] = "Cụm thi đua Anh Sơn",
            ["slug"] = "cum-thi-dua-anh-son", ["province"] = "Nghệ An", ["reviewRequired"] = true,
        });
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("bientap-hai-cum", Password, null, (TestRecipes.ClusterId, "Editor"), (OtherCluster, "Editor")),
            TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_editor_of_one_cluster_starts_a_new_item_in_it_and_is_told_so()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var form = await editor.GetDocumentAsync("/admin/tin-tuc/tao");

        var options = form.QuerySelectorAll("select[name=ClusterId] option");
        Assert.Equal([TestRecipes.ClusterId], options.Select(o => o.GetAttribute("value")));
        Assert.NotNull(options[0].GetAttribute("selected"));
        Assert.Contains("thuộc cụm, khối của bạn", form.QuerySelector("#cluster-hint")!.TextContent);
    }

    [Theory]
    [InlineData("bientap-hai-cum", "Bạn làm việc với 2 cụm, khối")]
    [InlineData("canbo", "Bạn làm việc với 2 cụm, khối")]
    public async Task Someone_working_in_several_clusters_chooses_and_is_refused_without_a_choice(string userName, string hint)
    {
        var person = await AdminClient.LoginAsync(_site, userName, Password);

        var form = await person.GetDocumentAsync("/admin/tin-tuc/tao");

        var selected = form.QuerySelectorAll("select[name=ClusterId] option").Where(o => o.HasAttribute("selected")).ToList();
        Assert.Equal([""], selected.Select(o => o.GetAttribute("value")));
        Assert.Contains(hint, form.QuerySelector("#cluster-hint")!.TextContent);

        var refused = await person.PostFormAsync("/admin/tin-tuc/tao", new Dictionary<string, string>
        {
            ["Version"] = "0", ["Title"] = "Hội nghị sơ kết của cụm", ["ClusterId"] = "",
            ["Date"] = "2026-06-20", ["Location"] = "Hội trường xã", ["Body"] = "Nội dung đã gõ.",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Hãy chọn cụm, khối thi đua của bài.", page);
        Assert.Contains("Nội dung đã gõ.", page);
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
    }
}
