using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests;

public sealed class RecipeTests
{
    private static JsonNode Normalized(string recipePath)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(recipePath))!;
        recipe["description"] = null;
        return recipe;
    }

    [Fact]
    public async Task Import_export_import_export_gives_the_same_recipe_and_the_same_files()
    {
        var first = Path.Combine(PortalFactory.NewDataPath(), "export-a", "site.recipe.json");
        var second = Path.Combine(PortalFactory.NewDataPath(), "export-b", "site.recipe.json");
        using (var demo = PortalFactory.Fresh(demoContent: true))
        {
            await demo.Service<RecipeExecutor>().ExportAsync(first);
        }
        using (var empty = PortalFactory.Fresh(demoContent: false))
        {
            await empty.Service<RecipeExecutor>().RunAsync(first);
            await empty.Service<RecipeExecutor>().ExportAsync(second);
        }

        Assert.True(JsonNode.DeepEquals(Normalized(first), Normalized(second)), "the second export differs from the first");
        var exported = JsonNode.Parse(File.ReadAllText(first))!;
        var steps = exported["steps"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        Assert.Equal(["Settings", "Units", "Clusters", "Roles", "Users", "Content"], steps);
        var items = exported["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["items"]!.AsArray();
        Assert.Equal(DemoRecipe.Items("Conference").Count() + DemoRecipe.Items("Plan").Count()
            + DemoRecipe.Items("AwardDecision").Count() + DemoRecipe.Items("Document").Count(), items.Count);
        var firstFiles = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(first)!, "media")).Select(Path.GetFileName).Order().ToList();
        var secondFiles = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(second)!, "media")).Select(Path.GetFileName).Order().ToList();
        Assert.NotEmpty(firstFiles);
        Assert.Equal(firstFiles, secondFiles);
    }

    [Fact]
    public async Task The_exported_demo_keeps_every_field_of_the_demo_recipe()
    {
        var exportPath = Path.Combine(PortalFactory.NewDataPath(), "export", "site.recipe.json");
        using (var demo = PortalFactory.Fresh(demoContent: true))
        {
            await demo.Service<RecipeExecutor>().ExportAsync(exportPath);
        }
        var exported = JsonNode.Parse(File.ReadAllText(exportPath))!["steps"]!.AsArray()
            .Single(s => (string?)s!["name"] == "Content")!["items"]!.AsArray().ToDictionary(i => (string)i!["id"]!);

        foreach (var original in DemoRecipe.Items("Conference").Concat(DemoRecipe.Items("AwardDecision")).Concat(DemoRecipe.Items("Plan")))
        {
            var copy = exported[(string)original["id"]!]!.AsObject();
            foreach (var (field, value) in original)
            {
                if (field is "photos" or "attachments")
                {
                    Assert.Equal(value!.AsArray().Count, copy[field]!.AsArray().Count);
                }
                else if (field is not ("created" or "modified" or "published"))
                {
                    Assert.True(JsonNode.DeepEquals(value, copy[field]), $"{original["id"]}.{field} changed on export");
                }
            }
        }
    }

    public static TheoryData<string, string, string> MalformedRecipes => new()
    {
        { """{ "name": "x", "steps": [ """, "not valid JSON", "" },
        { """{ "name": "x" }""", "no \"steps\"", "" },
        { """{ "steps": [ { "name": "Widgets" } ] }""", "Step 1: unknown step name 'Widgets'", "" },
        { """{ "steps": [ { "name": "Units", "units": [ { "id": "u1" } ] } ] }""", "Step 1 (Units), units[0].name: is required", "" },
        { """{ "steps": [ { "name": "Units", "units": [ { "id": "u1", "name": "A", "pronvince": "B" } ] } ] }""", "units[0].pronvince: is not a known field", "" },
        { """{ "steps": [ { "name": "Clusters", "clusters": [ { "id": "c", "name": "Cụm", "kind": "Group" } ] } ] }""", "clusters[0].kind: 'Group' is not Cluster or Bloc", "" },
        { """{ "steps": [ { "name": "Clusters", "clusters": [ { "id": "c", "name": "Cụm", "terms": [ { "year": 2025, "leader": "khong-co" } ] } ] } ] }""", "clusters[0].terms[0].leader: no unit has the id 'khong-co'", "" },
        { "STEP3", "Step 3 (Content), items[1].type: 'Article' is not a content type", """{ "type": "Article", "id": "a", "cluster": "cum-thu-nghiem", "title": "T" }""" },
        { "STEP3", "items[1].cluster: no cluster has the id 'cum-khac'", """{ "type": "Conference", "id": "a", "cluster": "cum-khac", "title": "T", "date": "2025-01-01", "body": "x" }""" },
        { "STEP3", "items[1].date: must be a date written yyyy-MM-dd", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "21/13/2025", "body": "x" }""" },
        { "STEP3", "items[1].body: chưa được nhập", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01" }""" },
        { "STEP3", "items[1].status: 'Live' is not one of", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "status": "Live", "date": "2025-01-01", "body": "x" }""" },
        { "STEP3", "items[1].photos[0].file: the file 'khong-co.jpg' does not exist", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01", "body": "x", "photos": [ { "file": "khong-co.jpg", "caption": "c" } ] }""" },
        { "STEP3", "items[1].photos[0].file: the file '../../etc/passwd' lies outside the recipe's folder", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01", "body": "x", "photos": [ { "file": "../../etc/passwd", "caption": "c" } ] }""" },
        { "STEP3", "items[1].photos[0].file: the file 'test.recipe.json' was refused", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01", "body": "x", "photos": [ { "file": "test.recipe.json", "caption": "c" } ] }""" },
        { "STEP3", "items[1].number: '12345' không phải số, ký hiệu văn bản", """{ "type": "AwardDecision", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "number": "12345", "issuedOn": "2025-01-01", "issuer": "UBND", "summary": "s" }""" },
        { "STEP3", "items[1].awards[0].recipientType: must be one of Collective, Individual", """{ "type": "AwardDecision", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "number": "1/QĐ-UBND", "issuedOn": "2025-01-01", "issuer": "UBND", "summary": "s", "awards": [ { "kind": "Bằng khen", "recipientType": "Team", "recipient": "A" } ] }""" },
        { "STEP3", "items[1].colour: is not a known field", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01", "body": "x", "colour": "red" }""" },
    };

    [Theory]
    [MemberData(nameof(MalformedRecipes))]
    public async Task A_malformed_recipe_is_refused_naming_step_and_field_and_nothing_of_it_is_applied(string recipe, string expected, string item)
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        string path;
        if (recipe == "STEP3")
        {
            // A valid item before the bad one: it must not survive the refusal either.
            var valid = TestRecipes.Conference("hop-le", "Bài hợp lệ");
            path = TestRecipes.Write(TestRecipes.WithContent(valid, JsonNode.Parse(item)!.AsObject()));
        }
        else
        {
            path = TestRecipes.WriteRaw(recipe);
        }

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.Service<RecipeExecutor>().RunAsync(path));

        Assert.Contains(expected, error.Message);
        await using var connection = await site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM clusters"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM units"));
    }

    [Fact]
    public async Task Importing_the_same_recipe_again_changes_nothing_and_a_changed_item_gets_a_new_version()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var recipes = site.Service<RecipeExecutor>();
        var item = TestRecipes.Conference("lap-lai", "Bài nhập hai lần");
        await recipes.RunAsync(TestRecipes.Write(TestRecipes.WithContent(item.DeepClone().AsObject())));
        await recipes.RunAsync(TestRecipes.Write(TestRecipes.WithContent(item.DeepClone().AsObject())));
        await using var connection = await site.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions WHERE item_id = 'lap-lai'"));

        item["location"] = "Hội trường mới";
        await recipes.RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));

        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions WHERE item_id = 'lap-lai'"));
        var page = await site.GetDocumentAsync("/tin-tuc/bai-nhap-hai-lan");
        Assert.Contains("Hội trường mới", page.QuerySelector(".article .meta")!.TextContent);
    }

    [Fact]
    public async Task Users_move_with_their_roles_and_clusters_and_password_hashes_only_when_asked()
    {
        var recipe = TestRecipes.WithContent();
        TestRecipes.WithUsers(recipe, TestRecipes.Person("bientap", "Matkhau-2026a", ["Staff"], (TestRecipes.ClusterId, "Editor")));
        var folder = PortalFactory.NewDataPath();
        using (var source = PortalFactory.Fresh(demoContent: false))
        {
            await source.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
            await source.Service<RecipeExecutor>().ExportAsync(Path.Combine(folder, "plain", "site.recipe.json"));
            await source.Service<RecipeExecutor>().ExportAsync(Path.Combine(folder, "full", "site.recipe.json"), includePasswordHashes: true);
        }

        var plain = File.ReadAllText(Path.Combine(folder, "plain", "site.recipe.json"));
        Assert.DoesNotContain("passwordHash", plain);
        Assert.DoesNotContain("Matkhau", plain);
        using var target = PortalFactory.Fresh(demoContent: false);
        await target.Service<RecipeExecutor>().RunAsync(Path.Combine(folder, "full", "site.recipe.json"));
        var client = await Admin.AdminClient.LoginAsync(target, "bientap", "Matkhau-2026a");
        var list = await client.GetAsync("/admin/noi-dung");
        Assert.Equal(System.Net.HttpStatusCode.OK, list.StatusCode);
        await using var connection = await target.OpenDatabaseAsync();
        Assert.Equal("Editor", await connection.ExecuteScalarAsync<string>(
            "SELECT c.role FROM user_clusters c JOIN users u ON u.id = c.user_id WHERE u.user_name = 'bientap'"));
    }

    [Fact]
    public async Task A_slug_taken_by_another_item_is_refused()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var second = TestRecipes.Conference("b", "Tiêu đề khác");
        second["slug"] = "tieu-de-chung";
        var first = TestRecipes.Conference("a", "Tiêu đề chung");

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(first, second))));

        Assert.Contains("items[1].slug: The slug 'tieu-de-chung' is already used by item 'a'", error.Message);
    }

    [Fact]
    public async Task The_command_line_imports_and_exports_with_the_host_configuration()
    {
        var dataPath = PortalFactory.NewDataPath();
        var recipe = TestRecipes.Write(TestRecipes.WithContent(TestRecipes.Conference("cli", "Bài nhập từ dòng lệnh")));
        var export = Path.Combine(dataPath, "out", "export.recipe.json");

        var run = await HostCommand.RunAsync("recipe", "run", recipe, $"--Portal:DataPath={dataPath}");
        Assert.True(run.ExitCode == 0, run.Output);
        var exported = await HostCommand.RunAsync("recipe", "export", export, $"--Portal:DataPath={dataPath}");
        Assert.True(exported.ExitCode == 0, exported.Output);
        Assert.Contains("Bài nhập từ dòng lệnh", File.ReadAllText(export));

        var refused = await HostCommand.RunAsync("recipe", "run", TestRecipes.WriteRaw("""{ "steps": [ { "name": "Units", "units": [ {} ] } ] }"""), $"--Portal:DataPath={dataPath}");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Step 1 (Units), units[0].id: is required", refused.Output);
    }
}
