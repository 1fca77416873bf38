using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Recipes;
using EmulationPortal.News.Models;

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
        Assert.Equal(["Settings", "Units", "Clusters", "Roles", "Users", "AwardKinds", "AnnouncedDays", "Content"], steps);
        var items = exported["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["items"]!.AsArray();
        Assert.Equal(DemoRecipe.Published.Count() + DemoRecipe.Consultations.Count(), items.Count);
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

        foreach (var original in DemoRecipe.Published)
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
        { """{ "steps": [ { "name": "AnnouncedDays", "days": [ { "date": "2025-13-01", "name": "Nghỉ" } ] } ] }""", "Step 1 (AnnouncedDays), days[0].date: '2025-13-01' is not a date", "" },
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
        { "STEP3", "items[1].photos[0].focus.x: phải là một số từ 0 đến 1", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01", "body": "x", "photos": [ { "file": "anh.jpg", "caption": "c", "focus": { "x": 2, "y": 0.5 } } ] }""" },
        { "STEP3", "items[1].photos[0].focus.x", """{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "date": "2025-01-01", "body": "x", "photos": [ { "file": "anh.jpg", "caption": "c", "focus": { "x": "giữa" } } ] }""" },
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

    private static readonly ContentAccess Editor = new("u-editor", "bientap", false, false,
        new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Editor });

    private static readonly ContentAccess Reviewer = new("u-reviewer", "nguoiduyet", false, false,
        new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Reviewer });

    private static string DemoPhoto(int index) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes", "demo", "photos"), "*.jpg").Order().ElementAt(index);

    private static async Task<string> AddPhotoAsync(PortalFactory site, int index)
    {
        await using var session = await site.Service<IDbConnectionFactory>().BeginSessionAsync();
        await using var file = File.OpenRead(DemoPhoto(index));
        var stored = await site.Service<IMediaLibrary>().AddAsync(file, Path.GetFileName(DemoPhoto(index)), session);
        await session.CommitAsync();
        return stored.Key;
    }

    private static ConferenceData Conference(string body, string photo) => new()
    {
        Date = new DateOnly(2026, 3, 12),
        Location = "Hội trường huyện",
        Body = body,
        Photos = [new Photo { File = photo, Caption = "Toàn cảnh" }],
    };

    private static JsonArray ContentItems(string recipePath) =>
        JsonNode.Parse(File.ReadAllText(recipePath))!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["items"]!.AsArray();

    [Fact]
    public async Task A_site_moves_with_every_version_its_workflow_history_and_its_schedule()
    {
        var folder = PortalFactory.NewDataPath();
        var first = Path.Combine(folder, "export-a", "site.recipe.json");
        var second = Path.Combine(folder, "export-b", "site.recipe.json");
        var recipe = TestRecipes.WithContent();
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("quantri", "Matkhau-2026a", ["Administrator"]),
            TestRecipes.Person("bientap", "Matkhau-2026b", ["Staff"], (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("nguoiduyet", "Matkhau-2026c", ["Staff"], (TestRecipes.ClusterId, "Reviewer")));
        // Whole seconds: PostgreSQL keeps microseconds, SQLite ticks; the move must not depend on that.
        var scheduledAt = DateTime.UtcNow.AddDays(30);
        scheduledAt = new DateTime(scheduledAt.Ticks - scheduledAt.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        string id;
        IReadOnlyList<ContentStore.VersionInfo> sourceVersions;
        IReadOnlyList<ContentStore.TransitionInfo> sourceTransitions;
        string firstPhoto, secondPhoto;
        using (var source = PortalFactory.Fresh(demoContent: false))
        {
            await source.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
            firstPhoto = await AddPhotoAsync(source, 0);
            secondPhoto = await AddPhotoAsync(source, 1);
            var editing = source.Service<ContentEditing>();
            var item = await editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Hội nghị sơ kết quý I",
                Conference("Bản đầu tiên.", firstPhoto));
            id = item.Id;
            await editing.TransitionAsync(Editor, id, WorkflowAction.Submit, null);
            await editing.TransitionAsync(Reviewer, id, WorkflowAction.Reject, "Bổ sung danh sách đơn vị dự.");
            await editing.SaveAsync(Editor, id, 1, "Hội nghị sơ kết quý I năm 2026", TestRecipes.ClusterId,
                Conference("Bản đã bổ sung danh sách đơn vị.", firstPhoto));
            await editing.TransitionAsync(Reviewer, id, WorkflowAction.Publish, null);
            await editing.SaveAsync(Editor, id, 2, "Hội nghị sơ kết quý I (bản sửa)", TestRecipes.ClusterId,
                Conference("Bản sửa chưa được duyệt.", secondPhoto));
            await editing.ScheduleAsync(Reviewer, id, scheduledAt);

            var store = source.Service<ContentStore>();
            sourceVersions = await store.ListVersionsAsync(id);
            sourceTransitions = await store.ListTransitionsAsync(id);
            await source.Service<RecipeExecutor>().ExportAsync(first, includePasswordHashes: true);
        }

        var exported = ContentItems(first).Single(i => (string?)i!["id"] == id)!;
        Assert.Equal("Hội nghị sơ kết quý I (bản sửa)", (string?)exported["title"]);
        Assert.Equal(2, (int?)exported["publishedVersion"]);
        Assert.Equal([1, 2, 3], exported["versions"]!.AsArray().Select(v => (int)v!["version"]!));
        Assert.Equal("nguoiduyet", (string?)exported["scheduledBy"]);
        Assert.True(File.Exists(Path.Combine(folder, "export-a", "media", firstPhoto)), "the published version's photo is exported");
        Assert.True(File.Exists(Path.Combine(folder, "export-a", "media", secondPhoto)), "the draft's photo is exported");

        using (var target = PortalFactory.Fresh(demoContent: false))
        {
            await target.Service<RecipeExecutor>().RunAsync(first);

            var page = await target.GetDocumentAsync("/tin-tuc/hoi-nghi-so-ket-quy-i");
            Assert.Contains("Bản đã bổ sung danh sách đơn vị.", page.QuerySelector(".body")!.TextContent);
            Assert.DoesNotContain("Bản sửa chưa được duyệt.", page.DocumentElement.TextContent);
            Assert.Contains("Hội nghị sơ kết quý I năm 2026", page.QuerySelector("h1")!.TextContent);

            var store = target.Service<ContentStore>();
            var latest = await store.GetLatestAsync(id);
            Assert.Equal(ContentStatus.Draft, latest!.Status);
            Assert.Equal(3, latest.LatestVersion);
            Assert.Equal(2, latest.PublishedVersion);
            Assert.Equal(scheduledAt, latest.ScheduledPublishUtc);
            Assert.Equal(
                sourceVersions.Select(v => (v.Version, v.Author, v.Title, v.CreatedUtc)),
                (await store.ListVersionsAsync(id)).Select(v => (v.Version, v.Author, v.Title, v.CreatedUtc)));
            var transitions = await store.ListTransitionsAsync(id);
            Assert.Equal(
                sourceTransitions.Select(t => (t.Version, t.FromStatus, t.ToStatus, t.UserName, t.Comment, t.AtUtc)),
                transitions.Select(t => (t.Version, t.FromStatus, t.ToStatus, t.UserName, t.Comment, t.AtUtc)));
            Assert.Equal(
                ["null→Draft bientap", "Draft→InReview bientap", "InReview→Draft nguoiduyet Bổ sung danh sách đơn vị dự.",
                 "Draft→Published nguoiduyet", "Published→Draft bientap"],
                transitions.Reverse().Select(t => $"{t.FromStatus?.ToString() ?? "null"}→{t.ToStatus} {t.UserName}{(t.Comment is null ? "" : " " + t.Comment)}"));

            using var admin = await Admin.AdminClient.LoginAsync(target, "quantri", "Matkhau-2026a");
            var adminPage = await admin.GetDocumentAsync($"/admin/noi-dung/{id}");
            Assert.Equal(3, adminPage.QuerySelectorAll("ol.versions > li").Length);
            Assert.Equal(5, adminPage.QuerySelectorAll("ol.history > li").Length);
            Assert.Contains("Bổ sung danh sách đơn vị dự.", adminPage.QuerySelector("ol.history")!.TextContent);
            Assert.Contains("phiên bản 2; bản sửa mới chưa được đăng", adminPage.DocumentElement.TextContent);
            Assert.Contains(Mvc.Admin.AdminTime.Format(scheduledAt), adminPage.DocumentElement.TextContent);

            var hits = await target.CreateClient().GetStringAsync("/tim-kiem?q=" + Uri.EscapeDataString("bổ sung danh sách"));
            Assert.Contains("hoi-nghi-so-ket-quy-i", hits);

            await target.Service<RecipeExecutor>().ExportAsync(second, includePasswordHashes: true);
        }

        Assert.True(JsonNode.DeepEquals(Normalized(first), Normalized(second)), "the second export differs from the first");
        var firstFiles = Directory.GetFiles(Path.Combine(folder, "export-a", "media")).Select(Path.GetFileName).Order().ToList();
        var secondFiles = Directory.GetFiles(Path.Combine(folder, "export-b", "media")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(firstFiles, secondFiles);
    }

    [Fact]
    public async Task An_item_without_versions_imports_as_before_and_exports_with_its_one_version()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var item = TestRecipes.Conference("kieu-cu", "Bài theo mẫu cũ");
        item["author"] = "bientap";
        item["modified"] = "2025-12-21T02:00:00Z";
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));

        var store = site.Service<ContentStore>();
        var latest = await store.GetLatestAsync("kieu-cu");
        Assert.Equal((ContentStatus.Published, 1, (int?)1), (latest!.Status, latest.LatestVersion, latest.PublishedVersion));
        var history = await store.ListTransitionsAsync("kieu-cu");
        Assert.Equal(((ContentStatus?)null, ContentStatus.Published, "bientap"), (history.Single().FromStatus, history.Single().ToStatus, history.Single().UserName));
        Assert.Equal(new DateTime(2025, 12, 21, 2, 0, 0, DateTimeKind.Utc), history.Single().AtUtc);

        var export = Path.Combine(PortalFactory.NewDataPath(), "export", "site.recipe.json");
        await site.Service<RecipeExecutor>().ExportAsync(export);
        var exported = ContentItems(export).Single()!.AsObject();
        Assert.Null(exported["publishedVersion"]);
        var version = exported["versions"]!.AsArray().Single()!.AsObject();
        Assert.Equal((1, "Bài theo mẫu cũ", "bientap", "2025-12-21T02:00:00Z"),
            ((int)version["version"]!, (string)version["title"]!, (string)version["author"]!, (string)version["created"]!));
        Assert.Equal("Hội trường xã", (string?)version["location"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[ { "version": 1, "from": null, "to": "Published", "user": "bientap", "at": "2025-12-21T02:00:00Z" } ]"""),
            exported["history"]));
    }

    [Fact]
    public async Task An_item_with_versions_replaces_the_versions_and_history_of_the_item_already_there()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var recipes = site.Service<RecipeExecutor>();
        var old = TestRecipes.Conference("thay-the", "Bài sẽ được thay");
        await recipes.RunAsync(TestRecipes.Write(TestRecipes.WithContent(old.DeepClone().AsObject())));
        old["body"] = "Bản thứ hai ở trang đích.";
        await recipes.RunAsync(TestRecipes.Write(TestRecipes.WithContent(old)));

        var item = TestRecipes.Conference("thay-the", "Bài từ trang nguồn", status: "InReview", body: "Bản nháp mới.");
        item["slug"] = "bai-tu-trang-nguon";
        item["author"] = "bientap";
        item["publishedVersion"] = 4;
        var published = TestRecipes.Conference("x", "Bài từ trang nguồn", body: "Bản đang đăng.");
        var draft = TestRecipes.Conference("x", "Bài từ trang nguồn", body: "Bản nháp mới.");
        item["versions"] = new JsonArray(
            Version(published, 4, "nguoiduyet", "2026-01-02T03:04:05.123456Z"),
            Version(draft, 7, "bientap", "2026-01-03T00:00:00Z"));
        item["history"] = new JsonArray(
            new JsonObject { ["version"] = 4, ["from"] = null, ["to"] = "Published", ["user"] = "nguoiduyet", ["at"] = "2026-01-02T03:04:05.123456Z" },
            new JsonObject { ["version"] = 7, ["from"] = "Published", ["to"] = "Draft", ["user"] = "bientap", ["at"] = "2026-01-03T00:00:00Z" },
            new JsonObject { ["version"] = 7, ["from"] = "Draft", ["to"] = "InReview", ["user"] = "bientap", ["comment"] = "Nhờ duyệt giúp.", ["at"] = "2026-01-03T00:00:00Z" });
        await recipes.RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));

        var store = site.Service<ContentStore>();
        var latest = await store.GetLatestAsync("thay-the");
        Assert.Equal((ContentStatus.InReview, 7, (int?)4, "bai-tu-trang-nguon"), (latest!.Status, latest.LatestVersion, latest.PublishedVersion, latest.Slug));
        Assert.Equal([(7, "bientap"), (4, "nguoiduyet")], (await store.ListVersionsAsync("thay-the")).Select(v => (v.Version, v.Author)));
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234560), (await store.ListVersionsAsync("thay-the"))[1].CreatedUtc);
        Assert.Equal(3, (await store.ListTransitionsAsync("thay-the")).Count);
        Assert.Contains("Bản đang đăng.", (await site.GetDocumentAsync("/tin-tuc/bai-tu-trang-nguon")).QuerySelector(".body")!.TextContent);

        // Steps at the same instant come back out in the order that chains them.
        var export = Path.Combine(PortalFactory.NewDataPath(), "export", "site.recipe.json");
        await recipes.ExportAsync(export);
        Assert.Equal(["null→Published", "Published→Draft", "Draft→InReview"],
            ContentItems(export).Single()!["history"]!.AsArray().Select(h => $"{(string?)h!["from"] ?? "null"}→{(string?)h["to"]}"));
    }

    private static JsonObject Version(JsonObject item, int number, string author, string created)
    {
        var version = new JsonObject { ["version"] = number, ["title"] = item["title"]!.DeepClone(), ["author"] = author, ["created"] = created };
        foreach (var (key, value) in item.Where(p => p.Key is not ("type" or "id" or "cluster" or "title" or "status")))
        {
            version[key] = value?.DeepClone();
        }
        return version;
    }

    public static TheoryData<string, string> MalformedVersionedItems
    {
        get
        {
            const string V1 = """{ "version": 1, "title": "T", "author": "a", "created": "2026-01-01T00:00:00Z", "date": "2025-01-01", "body": "x" }""";
            const string V2 = """{ "version": 2, "title": "T", "author": "a", "created": "2026-01-02T00:00:00Z", "date": "2025-01-01", "body": "x" }""";
            static string Item(string versions, string extra = "") =>
                $$"""{ "type": "Conference", "id": "a", "cluster": "cum-thu-nghiem", "title": "T", "status": "Draft", "date": "2025-01-01", "body": "x", "versions": [ {{versions}} ]{{extra}} }""";
            return new()
            {
                { Item(V1 + ", " + V2.Replace("2026-01-02T00:00:00Z", "hôm qua")), "Step 3 (Content), items[1].versions[1].created: 'hôm qua' is not an ISO 8601 date and time" },
                { Item(V1 + ", " + V2.Replace("\"created\": \"2026-01-02T00:00:00Z\", ", "")), "items[1].versions[1].created: is required" },
                { Item(V2 + ", " + V1), "items[1].versions[1].version: must be greater than the version before it (2)" },
                { Item(V1.Replace("\"version\": 1, ", "")), "items[1].versions[0].version: is required" },
                { Item(V1.Replace("\"author\": \"a\", ", "")), "items[1].versions[0].author: is required" },
                { Item(V1 + ", " + V2.Replace("2025-01-01", "01/01/2025")), "items[1].versions[1].date: must be a date written yyyy-MM-dd" },
                { Item(V1.Replace("\"body\": \"x\"", "\"body\": \"\"")), "items[1].versions[0].body: chưa được nhập" },
                { Item(V1.Replace("\"body\"", "\"colour\": \"red\", \"body\"")), "items[1].versions[0].colour: is not a known field" },
                { Item(V1 + ", " + V2.Replace("\"body\": \"x\"", "\"body\": \"y\"")), "items[1].body: differs from items[1].versions[1].body: an item's own fields are its latest version" },
                { Item(V1.Replace("\"title\": \"T\"", "\"title\": \"U\"")), "items[1].title: differs from items[1].versions[0].title" },
                { Item(V1 + ", " + V2.Replace("\"date\": \"2025-01-01\", ", "\"photos\": [ { \"file\": \"khong-co.jpg\", \"caption\": \"c\" } ], \"date\": \"2025-01-01\", ")).Replace("\"body\": \"x\", \"versions\"", "\"body\": \"x\", \"photos\": [ { \"file\": \"khong-co.jpg\", \"caption\": \"c\" } ], \"versions\""),
                    "items[1].versions[1].photos[0].file: the file 'khong-co.jpg' does not exist" },
                { Item(""), "items[1].versions: must list at least one version" },
                { Item("3"), "items[1].versions[0]: must be an object" },
                { Item(V1, """, "publishedVersion": 2"""), "items[1].publishedVersion: 2 is not one of the item's versions" },
                { Item(V1, """, "history": [ { "version": 1, "from": null, "to": "Live", "user": "a", "at": "2026-01-01T00:00:00Z" } ]"""), "items[1].history[0].to: 'Live' is not one of" },
                { Item(V1, """, "history": [ { "version": 3, "to": "Draft", "user": "a", "at": "2026-01-01T00:00:00Z" } ]"""), "items[1].history[0].version: 3 is not one of the item's versions" },
                { Item(V1, """, "history": [ { "version": 1, "to": "Draft", "user": "a" } ]"""), "items[1].history[0].at: is required" },
                { Item(V1, """, "history": [ { "version": 1, "to": "Draft", "user": "a", "at": "2026-01-01T00:00:00Z", "note": "?" } ]"""), "items[1].history[0].note: is not a known field" },
                { Item(V1, """, "scheduledBy": "a" """), "items[1].scheduledBy: is given without scheduledPublish" },
                { Item(V1, """, "scheduledPublish": "2026-05-01T00:00:00Z" """).Replace("\"Draft\"", "\"Published\""), "items[1].scheduledPublish: only a Draft or InReview item can be scheduled" },
                { TestRecipes.Conference("a", "T").ToJsonString().TrimEnd('}') + """, "history": [] }""", "items[1].history: is only read together with versions" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(MalformedVersionedItems))]
    public async Task A_malformed_versions_or_history_entry_is_refused_with_its_field_named_and_nothing_applied(string item, string expected)
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var valid = TestRecipes.Conference("hop-le", "Bài hợp lệ");
        var path = TestRecipes.Write(TestRecipes.WithContent(valid, JsonNode.Parse(item)!.AsObject()));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.Service<RecipeExecutor>().RunAsync(path));

        Assert.Contains(expected, error.Message);
        await using var connection = await site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM clusters"));
    }
}
