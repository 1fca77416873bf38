using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>
/// The checks before review in the editor and on the item page, and the cluster setting that refuses a submission
/// while they warn: the separate "Gửi duyệt", the one-step "Lưu và gửi duyệt" and a new item submitted as it is
/// created are refused alike, a draft is always saved.
/// </summary>
public sealed class ReviewChecksTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string StrictCluster = "cum-chat-che";

    /// <summary>A body with a level-1 heading, a vague link and a paragraph in capitals: three warnings.</summary>
    private const string FlawedBody = """
        Sáng 20/12/2025, UBND xã Hạnh Lâm tổ chức hội nghị tổng kết công tác thi đua năm 2025.

        # Kết quả

        Kế hoạch năm 2026 xem [tại đây](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-2026).

        ĐỀ NGHỊ CÁC ĐƠN VỊ GỬI BÁO CÁO TỔNG KẾT VỀ VĂN PHÒNG CỤM TRƯỚC NGÀY 31/12/2025.
        """;

    private const string CleanBody = """
        Sáng 20/12/2025, UBND xã Hạnh Lâm tổ chức hội nghị tổng kết công tác thi đua năm 2025.

        ## Kết quả

        Các đơn vị thực hiện [Kế hoạch năm 2026 của Cụm](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-2026).
        """;

    private static readonly string[] FlawedCodes = ["heading-level-1", "link-text-vague", "all-caps"];

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var strict = TestRecipes.Conference("bai-chat-che", "Hội nghị tổng kết Cụm chặt chẽ năm 2025", status: "Draft", body: FlawedBody);
        strict["cluster"] = StrictCluster;
        var recipe = TestRecipes.WithContent(
            TestRecipes.Conference("bai-canh-bao", "Hội nghị tổng kết năm 2025 của cụm", status: "Draft", body: FlawedBody),
            TestRecipes.Conference("bai-sach", "Hội nghị sơ kết 6 tháng đầu năm 2025", status: "Draft", body: CleanBody),
            strict);
        recipe["steps"]![1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = StrictCluster,
            ["name"] = "Cụm thi đua chặt chẽ",
            ["province"] = "Nghệ An",
            ["reviewRequired"] = true,
            ["blockSubmitOnWarnings"] = true,
        });
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor"), (StrictCluster, "Editor")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer"), (StrictCluster, "Reviewer")),
            TestRecipes.Person("quantri", Password, ["Administrator"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> Fields(string version, string title, string body, string cluster, string? then = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Version"] = version, ["Title"] = title, ["ClusterId"] = cluster,
            ["Date"] = "2025-12-20", ["Location"] = "Hội trường xã", ["Body"] = body,
        };
        if (then is not null)
        {
            fields["Then"] = then;
        }
        return fields;
    }

    private static List<string> Codes(IDocument page) =>
        page.QuerySelectorAll(".review-checks li.finding").Select(li => li.GetAttribute("data-code")!).ToList();

    private async Task<(string Status, int Version)> StateAsync(string id)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return await connection.QuerySingleAsync<(string, int)>("SELECT status, latest_version FROM content_items WHERE id = @id", new { id });
    }

    [Fact]
    public async Task The_editor_and_the_review_screen_list_the_same_warnings_each_leading_to_its_place()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var form = await editor.GetDocumentAsync("/admin/tin-tuc/bai-canh-bao/sua");

        var panel = form.QuerySelector("section.review-checks")!;
        Assert.Equal("Kiểm tra trước khi gửi duyệt", panel.QuerySelector("h2")!.TextContent);
        Assert.Equal(FlawedCodes, Codes(form));
        Assert.Contains("3 cảnh báo", panel.TextContent);
        Assert.Contains("không ngăn việc gửi duyệt", panel.TextContent);
        var link = form.QuerySelector("li[data-code=link-text-vague] a.finding-place")!;
        Assert.Equal(("#body", "5"), (link.GetAttribute("href"), link.GetAttribute("data-line")));
        Assert.Equal("Nội dung, dòng 5", link.TextContent);
        Assert.Contains("“tại đây”", form.QuerySelector("li[data-code=link-text-vague]")!.TextContent);
        Assert.NotNull(form.GetElementById("body"));

        var item = await editor.GetDocumentAsync("/admin/noi-dung/bai-canh-bao");
        Assert.Equal(FlawedCodes, Codes(item));
        Assert.Equal("/admin/tin-tuc/bai-canh-bao/sua#body", item.QuerySelector("li[data-code=heading-level-1] a")!.GetAttribute("href"));

        var submitted = await editor.PostFormAsync("/admin/noi-dung/bai-canh-bao/chuyen", new Dictionary<string, string> { ["action"] = "Submit" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(("InReview", 1), await StateAsync("bai-canh-bao"));

        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        var review = await reviewer.GetDocumentAsync("/admin/noi-dung/bai-canh-bao");
        Assert.Equal(FlawedCodes, Codes(review));
        Assert.NotNull(review.QuerySelector("button[data-action=Publish]"));
    }

    [Fact]
    public async Task A_clean_item_says_so_and_a_new_empty_form_lists_nothing_yet()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var form = await editor.GetDocumentAsync("/admin/tin-tuc/bai-sach/sua");
        Assert.Empty(Codes(form));
        Assert.Contains("Không có cảnh báo", form.QuerySelector("section.review-checks.clean")!.TextContent);
        Assert.Contains("Không có cảnh báo", (await editor.GetDocumentAsync("/admin/noi-dung/bai-sach")).QuerySelector("section.review-checks")!.TextContent);

        Assert.Null((await editor.GetDocumentAsync($"/admin/tin-tuc/tao?cum={TestRecipes.ClusterId}")).QuerySelector("section.review-checks"));
    }

    [Fact]
    public async Task A_strict_cluster_refuses_save_and_submit_with_the_list_keeping_what_was_typed_and_saving_nothing()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var typed = FlawedBody + "\n\nĐoạn vừa gõ thêm.";

        var response = await editor.PostFormAsync("/admin/tin-tuc/bai-chat-che/sua",
            Fields("1", "Hội nghị tổng kết Cụm chặt chẽ (đã sửa)", typed, StrictCluster, "Submit"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("Chưa gửi duyệt", page.QuerySelector(".error-box")!.TextContent);
        Assert.Contains("còn 3 cảnh báo", page.QuerySelector(".error-box")!.TextContent);
        Assert.Equal(FlawedCodes, Codes(page));
        Assert.Contains("chặn gửi duyệt khi còn cảnh báo", page.QuerySelector("section.review-checks")!.TextContent);
        Assert.Equal("Hội nghị tổng kết Cụm chặt chẽ (đã sửa)", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal(typed.ReplaceLineEndings("\n"), page.QuerySelector("textarea[name=Body]")!.TextContent.ReplaceLineEndings("\n"));
        Assert.Equal(("Draft", 1), await StateAsync("bai-chat-che"));
    }

    [Fact]
    public async Task A_strict_cluster_refuses_the_submit_button_and_a_new_item_submitted_as_it_is_created()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var submitted = await editor.PostFormAsync("/admin/noi-dung/bai-chat-che/chuyen", new Dictionary<string, string> { ["action"] = "Submit" });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var item = await editor.GetDocumentAsync(submitted.Headers.Location!.OriginalString);
        Assert.Contains("Chưa gửi duyệt", item.QuerySelector(".error-box, .notice")!.TextContent);
        Assert.Equal(FlawedCodes, Codes(item));
        Assert.Equal(("Draft", 1), await StateAsync("bai-chat-che"));

        var created = await editor.PostFormAsync("/admin/tin-tuc/tao", Fields("0", "Hội nghị phát động thi đua năm 2026", FlawedBody, StrictCluster, "Submit"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
        Assert.Equal(FlawedCodes, Codes(await PortalFactory.ParseAsync(created)));
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items WHERE slug LIKE 'hoi-nghi-phat-dong%'"));
    }

    [Fact]
    public async Task A_strict_cluster_always_saves_a_draft_and_takes_the_item_for_review_once_the_warnings_are_fixed()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var draft = await editor.PostFormAsync("/admin/tin-tuc/bai-chat-che/sua",
            Fields("1", "Hội nghị tổng kết Cụm chặt chẽ năm 2025", FlawedBody + "\n\nThêm một đoạn.", StrictCluster));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(("Draft", 2), await StateAsync("bai-chat-che"));

        var fixedUp = await editor.PostFormAsync("/admin/tin-tuc/bai-chat-che/sua",
            Fields("2", "Hội nghị tổng kết Cụm chặt chẽ năm 2025", CleanBody, StrictCluster, "Submit"));

        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        Assert.Equal(("InReview", 3), await StateAsync("bai-chat-che"));
    }

    [Fact]
    public async Task The_setting_is_edited_in_the_clusters_admin_and_carried_by_the_clusters_recipe_step()
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        var edit = await admin.GetDocumentAsync($"/admin/cum-thi-dua/{StrictCluster}");
        Assert.True(edit.QuerySelector("input[type=checkbox][name=BlockSubmitOnWarnings]")!.HasAttribute("checked"));

        var saved = await admin.PostFormAsync($"/admin/cum-thi-dua/{TestRecipes.ClusterId}", new List<KeyValuePair<string, string>>
        {
            new("Kind", "Cluster"), new("Number", "99"), new("Name", "Cụm thi đua thử nghiệm"), new("Province", "Nghệ An"),
            new("ReviewRequired", "true"), new("ReviewRequired", "false"),
            new("BlockSubmitOnWarnings", "true"), new("BlockSubmitOnWarnings", "false"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var form = await editor.GetDocumentAsync("/admin/tin-tuc/bai-canh-bao/sua");
        Assert.Contains("chặn gửi duyệt khi còn cảnh báo", form.QuerySelector("section.review-checks")!.TextContent);

        var folder = Path.Combine(Path.GetTempPath(), "portal-recipes", Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "site.recipe.json");
            await _site.Service<RecipeExecutor>().ExportAsync(path);
            var clusters = JsonNode.Parse(await File.ReadAllTextAsync(path))!["steps"]!.AsArray()
                .Single(step => (string?)step!["name"] == "Clusters")!["clusters"]!.AsArray();
            Assert.All(clusters, cluster => Assert.True((bool?)cluster!["blockSubmitOnWarnings"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
