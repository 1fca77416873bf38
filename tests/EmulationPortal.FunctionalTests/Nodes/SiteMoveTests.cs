using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.News.Models;

namespace EmulationPortal.FunctionalTests.Nodes;

[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesChosenByTheTest)]
public sealed class SiteMoveTests
{
    private const string Password = "Matkhau-2026a";

    [PostgresFact]
    public async Task A_SQLite_site_exported_and_run_into_an_empty_PostgreSQL_site_is_the_same_site()
    {
        var folder = PortalFactory.NewDataPath();
        var first = Path.Combine(folder, "from-sqlite", "site.recipe.json");
        var second = Path.Combine(folder, "from-postgres", "site.recipe.json");
        var sqlite = new Dictionary<string, string> { ["Portal:Database:Provider"] = "Sqlite", ["Portal:Database:ConnectionString"] = "" };
        using (var source = new PortalFactory(PortalFactory.NewDataPath(), demoContent: true, sqlite, ownsDataPath: true))
        {
            await source.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(new JsonObject { ["steps"] = new JsonArray() },
                TestRecipes.Person("bientap42", Password, null, ("cum-42-thong-ke-nghe-an", "Editor")))));
            var staff = new ContentAccess("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>());
            var editing = source.Service<ContentEditing>();
            var live = await source.Service<ContentStore>().GetLatestAsync("hn-cum42-tong-ket-2025");
            var data = source.Service<ContentTypeRegistry>().Deserialize<ConferenceData>(live!);
            data.Body = "Bản sửa đang chờ duyệt, chưa được đăng.";
            await editing.SaveAsync(staff, live!.Id, live.LatestVersion, live.Title, live.ClusterId, data);
            await source.Service<RecipeExecutor>().ExportAsync(first, includePasswordHashes: true);
        }

        using var target = new PortalFactory(PortalFactory.NewDataPath(), demoContent: false,
            TestDatabase.PostgresSettings("moved_" + Guid.NewGuid().ToString("N")), ownsDataPath: true);
        await target.Service<RecipeExecutor>().RunAsync(first);
        await target.Service<RecipeExecutor>().ExportAsync(second, includePasswordHashes: true);

        Assert.True(JsonNode.DeepEquals(Comparable(first), Comparable(second)), "the PostgreSQL site exports differently from the SQLite one");
        Assert.Equal(
            Directory.GetFiles(Path.Combine(Path.GetDirectoryName(first)!, "media")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(Path.GetDirectoryName(second)!, "media")).Select(Path.GetFileName).Order());
        var page = await target.GetDocumentAsync("/tin-tuc/" + (await target.Service<ContentStore>().GetLatestAsync("hn-cum42-tong-ket-2025"))!.Slug);
        Assert.DoesNotContain("chưa được đăng", page.QuerySelector(".article .body")!.TextContent);
        var photo = page.QuerySelector(".lead-photo img")!.GetAttribute("src")!;
        Assert.Equal(HttpStatusCode.OK, (await target.CreateClient().GetAsync(photo)).StatusCode);
        var editor = await AdminClient.LoginAsync(target, "bientap42", Password);
        Assert.Contains("Bản nháp", (await editor.GetDocumentAsync("/admin/noi-dung/hn-cum42-tong-ket-2025")).QuerySelector(".status")!.TextContent);
        await using var connection = await target.OpenDatabaseAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions WHERE item_id = 'hn-cum42-tong-ket-2025'"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT published_version FROM content_items WHERE id = 'hn-cum42-tong-ket-2025'"));
    }

    private static JsonNode Comparable(string recipePath)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(recipePath))!;
        recipe["description"] = null;
        return recipe;
    }
}
