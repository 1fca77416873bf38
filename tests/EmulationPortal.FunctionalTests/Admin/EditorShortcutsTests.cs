using System.Net;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>Fewer clicks in the editor: save and submit, save and publish, delete a draft, duplicate an item.</summary>
public sealed class EditorShortcutsTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.WithContent(
            TestRecipes.Conference("bai-nhap", "Bài nháp của cụm", status: "Draft", body: "Nội dung nháp."),
            TestRecipes.Conference("bai-dang", "Hội nghị tổng kết năm 2025", body: "Bản đã đăng có lỗi chính tả."));
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("bientap2", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")),
            TestRecipes.Person("ngoai-cum", Password));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> ConferenceFields(string version, string title, string body, string? then = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Version"] = version, ["Title"] = title, ["ClusterId"] = TestRecipes.ClusterId,
            ["Date"] = "2025-12-20", ["Location"] = "Hội trường xã", ["Body"] = body,
        };
        if (then is not null)
        {
            fields["Then"] = then;
        }
        return fields;
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private async Task<List<string>> HistoryAsync(string id)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.QueryAsync<string>(
            "SELECT COALESCE(from_status, '') || '>' || to_status || '@' || version FROM content_transitions WHERE item_id = @id ORDER BY at_utc, version",
            new { id })).AsList();
    }

    private static async Task<string?> NoticeAsync(AdminClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector(".notice, .error-box")?.TextContent.Trim();

    [Fact]
    public async Task An_editor_saves_and_submits_in_one_post_and_a_new_item_can_be_submitted_as_it_is_created()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var form = await editor.GetDocumentAsync("/admin/tin-tuc/bai-nhap/sua");
        Assert.NotNull(form.QuerySelector("button[name=Then][value=Submit]"));
        Assert.Null(form.QuerySelector("button[name=Then][value=Publish]"));

        var saved = await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", ConferenceFields("1", "Bài nháp của cụm", "Đã sửa.", "Submit"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("InReview", await ScalarAsync<string>("SELECT status FROM content_items WHERE id = 'bai-nhap'"));
        Assert.Equal(2, await ScalarAsync<int>("SELECT latest_version FROM content_items WHERE id = 'bai-nhap'"));
        Assert.Equal("Draft>InReview@2", (await HistoryAsync("bai-nhap"))[^1]);
        Assert.Contains("Đã lưu và gửi bài để duyệt", await NoticeAsync(editor, saved.Headers.Location!.OriginalString));

        var created = await editor.PostFormAsync("/admin/tin-tuc/tao", ConferenceFields("0", "Hội nghị sơ kết quý I", "Bài mới.", "Submit"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("InReview", await ScalarAsync<string>("SELECT status FROM content_items WHERE slug = 'hoi-nghi-so-ket-quy-i'"));
    }

    [Fact]
    public async Task Save_and_submit_with_a_mistake_returns_the_form_with_the_edits_and_changes_nothing()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var fields = ConferenceFields("1", "Tiêu đề mới đã gõ", "Nội dung đã gõ.", "Submit");
        fields["Date"] = "";

        var response = await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Tiêu đề mới đã gõ", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Nội dung đã gõ.", page.QuerySelector("textarea[name=Body]")!.TextContent);
        Assert.Equal("Draft", await ScalarAsync<string>("SELECT status FROM content_items WHERE id = 'bai-nhap'"));
        Assert.Equal(1, await ScalarAsync<int>("SELECT latest_version FROM content_items WHERE id = 'bai-nhap'"));
    }

    [Fact]
    public async Task A_reviewer_fixes_a_published_item_and_publishes_the_fix_in_one_step_with_both_steps_in_its_history()
    {
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        Assert.NotNull((await reviewer.GetDocumentAsync("/admin/tin-tuc/bai-dang/sua")).QuerySelector("button[name=Then][value=Publish]"));

        var saved = await reviewer.PostFormAsync("/admin/tin-tuc/bai-dang/sua",
            ConferenceFields("1", "Hội nghị tổng kết năm 2025", "Bản đã sửa lỗi chính tả.", "Publish"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Published", await ScalarAsync<string>("SELECT status FROM content_items WHERE id = 'bai-dang'"));
        Assert.Equal(2, await ScalarAsync<int>("SELECT published_version FROM content_items WHERE id = 'bai-dang'"));
        Assert.Equal(["Published>Draft@2", "Draft>Published@2"], (await HistoryAsync("bai-dang"))[^2..]);
        Assert.Contains("Đã lưu và đăng", await NoticeAsync(reviewer, saved.Headers.Location!.OriginalString));
        var slug = await ScalarAsync<string>("SELECT slug FROM content_items WHERE id = 'bai-dang'");
        var page = await PortalFactory.ParseAsync(await _site.CreateClient().GetAsync($"/tin-tuc/{slug}"));
        Assert.Contains("Bản đã sửa lỗi chính tả.", page.QuerySelector(".article .body")!.TextContent);
    }

    [Fact]
    public async Task An_editor_of_a_cluster_that_requires_review_cannot_save_and_publish_and_nothing_is_saved()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        Assert.Null((await editor.GetDocumentAsync("/admin/tin-tuc/bai-dang/sua")).QuerySelector("button[name=Then][value=Publish]"));

        var response = await editor.PostFormAsync("/admin/tin-tuc/bai-dang/sua",
            ConferenceFields("1", "Hội nghị tổng kết năm 2025", "Bản của biên tập viên.", "Publish"));

        UsersAdminTests.AssertRefused(response, "save and publish by an editor");
        Assert.Equal(1, await ScalarAsync<int>("SELECT latest_version FROM content_items WHERE id = 'bai-dang'"));
        Assert.Equal("Published", await ScalarAsync<string>("SELECT status FROM content_items WHERE id = 'bai-dang'"));
    }

    [Fact]
    public async Task A_draft_never_published_is_deleted_after_a_confirmation_with_its_versions_and_media_and_the_deletion_is_recorded()
    {
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        Assert.NotNull((await reviewer.GetDocumentAsync("/admin/noi-dung/bai-nhap")).QuerySelector("a[href='/admin/noi-dung/bai-nhap/xoa']"));
        var confirm = await reviewer.GetDocumentAsync("/admin/noi-dung/bai-nhap/xoa");
        Assert.Contains("không khôi phục được", confirm.QuerySelector(".panel")!.TextContent);
        Assert.NotNull(confirm.QuerySelector($"form[method=post] input[name={AdminClient.TokenField}]"));
        Assert.Equal(1, await ScalarAsync<int>("SELECT COUNT(*) FROM content_media WHERE item_id = 'bai-nhap'"));

        var withoutToken = await reviewer.Http.PostAsync("/admin/noi-dung/bai-nhap/xoa",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["expectedVersion"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var deleted = await reviewer.PostFormAsync("/admin/noi-dung/bai-nhap/xoa", new Dictionary<string, string> { ["expectedVersion"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Đã xóa bản nháp \"Bài nháp của cụm\"", await NoticeAsync(reviewer, deleted.Headers.Location!.OriginalString));
        foreach (var sql in new[]
        {
            "SELECT COUNT(*) FROM content_items WHERE id = 'bai-nhap'", "SELECT COUNT(*) FROM content_versions WHERE item_id = 'bai-nhap'",
            "SELECT COUNT(*) FROM content_transitions WHERE item_id = 'bai-nhap'", "SELECT COUNT(*) FROM content_media WHERE item_id = 'bai-nhap'",
        })
        {
            Assert.Equal(0, await ScalarAsync<int>(sql));
        }
        Assert.Equal("duyet", await ScalarAsync<string>("SELECT user_name FROM content_deletions WHERE item_id = 'bai-nhap' AND title = 'Bài nháp của cụm'"));
        Assert.DoesNotContain("Bài nháp của cụm", (await reviewer.GetDocumentAsync("/admin/noi-dung")).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/admin/noi-dung/bai-nhap")).StatusCode);

        var record = Assert.Single((await reviewer.GetDocumentAsync("/admin/ban-nhap-da-xoa")).QuerySelectorAll("table.deletions tbody tr"));
        Assert.Contains("Bài nháp của cụm", record.QuerySelector(".row-title")!.TextContent);
        Assert.Equal("duyet", record.QuerySelector("td[data-label='Người xóa']")!.TextContent.Trim());
        Assert.Equal("Cụm thi đua thử nghiệm", record.QuerySelector("td[data-label='Cụm, khối']")!.TextContent.Trim());
        var outsider = await AdminClient.LoginAsync(_site, "ngoai-cum", Password);
        Assert.Empty((await outsider.GetDocumentAsync("/admin/ban-nhap-da-xoa")).QuerySelectorAll("table.deletions"));
        Assert.Equal(HttpStatusCode.Redirect, (await _site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/ban-nhap-da-xoa")).StatusCode);
    }

    [Fact]
    public async Task An_editor_deletes_their_own_draft_but_not_a_colleagues()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var colleague = await AdminClient.LoginAsync(_site, "bientap2", Password);
        await editor.PostFormAsync("/admin/tin-tuc/tao", ConferenceFields("0", "Bài viết nhầm", "Nhầm."));
        var id = await ScalarAsync<string>("SELECT id FROM content_items WHERE slug = 'bai-viet-nham'");

        Assert.Null((await colleague.GetDocumentAsync($"/admin/noi-dung/{id}")).QuerySelector($"a[href='/admin/noi-dung/{id}/xoa']"));
        UsersAdminTests.AssertRefused(
            await colleague.PostFormAsync($"/admin/noi-dung/{id}/xoa", new Dictionary<string, string> { ["expectedVersion"] = "1" }),
            "deleting a colleague's draft");
        Assert.Equal(HttpStatusCode.Redirect,
            (await editor.PostFormAsync($"/admin/noi-dung/{id}/xoa", new Dictionary<string, string> { ["expectedVersion"] = "1" })).StatusCode);
        Assert.Equal(0, await ScalarAsync<int>("SELECT COUNT(*) FROM content_items WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task A_published_or_once_published_item_cannot_be_deleted()
    {
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        Assert.Null((await reviewer.GetDocumentAsync("/admin/noi-dung/bai-dang")).QuerySelector("a[href='/admin/noi-dung/bai-dang/xoa']"));

        var published = await reviewer.PostFormAsync("/admin/noi-dung/bai-dang/xoa", new Dictionary<string, string> { ["expectedVersion"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Chỉ xóa được bản nháp chưa từng được đăng", await NoticeAsync(reviewer, published.Headers.Location!.OriginalString));

        await reviewer.PostFormAsync("/admin/noi-dung/bai-dang/chuyen", new Dictionary<string, string> { ["action"] = "Unpublish" });
        Assert.Equal("Draft", await ScalarAsync<string>("SELECT status FROM content_items WHERE id = 'bai-dang'"));
        var unpublished = await reviewer.PostFormAsync("/admin/noi-dung/bai-dang/xoa", new Dictionary<string, string> { ["expectedVersion"] = "1" });

        Assert.Contains("Chỉ xóa được bản nháp chưa từng được đăng", await NoticeAsync(reviewer, unpublished.Headers.Location!.OriginalString));
        Assert.Equal(1, await ScalarAsync<int>("SELECT COUNT(*) FROM content_items WHERE id = 'bai-dang'"));
        Assert.Equal(0, await ScalarAsync<int>("SELECT COUNT(*) FROM content_deletions"));
    }

    [Fact]
    public async Task Duplicating_an_item_makes_a_draft_of_the_person_with_the_same_fields_and_its_own_slug()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var response = await editor.PostFormAsync("/admin/noi-dung/bai-dang/nhan-ban", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var connection = await _site.OpenDatabaseAsync();
        var copy = await connection.QuerySingleAsync<(string Id, string Slug, string Status, string Author, string Title, string Data)>("""
            SELECT i.id, i.slug, i.status, i.author, v.title, v.data FROM content_items i
            JOIN content_versions v ON v.item_id = i.id AND v.version = i.latest_version WHERE i.id <> 'bai-dang' AND i.id <> 'bai-nhap'
            """);
        var original = await connection.ExecuteScalarAsync<string>("SELECT data FROM content_versions WHERE item_id = 'bai-dang'");
        Assert.Equal(("Draft", "bientap", "Hội nghị tổng kết năm 2025 (bản sao)"), (copy.Status, copy.Author, copy.Title));
        Assert.Equal(original, copy.Data);
        Assert.NotEqual(await connection.ExecuteScalarAsync<string>("SELECT slug FROM content_items WHERE id = 'bai-dang'"), copy.Slug);
        Assert.Equal($"/admin/tin-tuc/{copy.Id}/sua", response.Headers.Location!.OriginalString);
        Assert.Contains("Đã nhân bản", await NoticeAsync(editor, response.Headers.Location!.OriginalString));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_media WHERE item_id = @Id", new { copy.Id }));
    }
}
