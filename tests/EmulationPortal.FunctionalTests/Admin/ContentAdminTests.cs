using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>The admin pages as an editor and a reviewer of one cluster use them.</summary>
public sealed class ContentAdminTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.WithContent(TestRecipes.Conference("bai-nhap", "Bài nháp của cụm", status: "Draft", body: "Nội dung nháp chưa đăng."));
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> ConferenceFields(string version, string body) => new()
    {
        ["Version"] = version,
        ["Title"] = "Bài nháp của cụm",
        ["ClusterId"] = TestRecipes.ClusterId,
        ["Date"] = "2025-12-20",
        ["Location"] = "Hội trường xã",
        ["Body"] = body,
    };

    [Fact]
    public async Task The_second_of_two_people_saving_one_item_sees_a_conflict_keeps_their_text_and_can_merge()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", ConferenceFields("1", "Bản của người duyệt."))).StatusCode);

        var conflict = await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", ConferenceFields("1", "Bản của biên tập viên."));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await PortalFactory.ParseAsync(conflict);
        Assert.Contains("Có người vừa lưu bài này trước bạn", page.QuerySelector(".conflict")!.TextContent);
        Assert.Contains("duyet", page.QuerySelector(".conflict")!.TextContent);
        var body = page.QuerySelectorAll(".conflict li.compare-change").Single(change => change.QuerySelector(".compare-label")!.TextContent.Contains("Nội dung"));
        Assert.Equal("3", body.QuerySelector(".compare-label")!.GetAttribute("aria-level"));
        Assert.Contains("người", string.Concat(body.QuerySelectorAll("del").Select(mark => mark.TextContent)));
        Assert.Contains("biên tập", string.Concat(body.QuerySelectorAll("ins").Select(mark => mark.TextContent)));
        Assert.Equal("Bản của biên tập viên.", page.QuerySelector("textarea[name=Body]")!.TextContent);
        Assert.Equal("2", page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT latest_version FROM content_items WHERE id = 'bai-nhap'"));
        }

        var merged = await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", ConferenceFields("2", "Bản của người duyệt. Bản của biên tập viên."));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await using var after = await _site.OpenDatabaseAsync();
        Assert.Equal(3, await after.ExecuteScalarAsync<int>("SELECT latest_version FROM content_items WHERE id = 'bai-nhap'"));
    }

    [Fact]
    public async Task Versions_too_different_to_compare_line_by_line_show_a_note_on_the_conflict_and_compare_pages()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        var theirs = string.Join("\n", Enumerable.Range(0, 3_000).Select(i => $"Dòng {i} của người duyệt."));
        var mine = string.Join("\n", Enumerable.Range(0, 3_000).Select(i => $"Dòng {i} của biên tập viên."));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", ConferenceFields("1", theirs))).StatusCode);

        var conflict = await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", ConferenceFields("1", mine));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await PortalFactory.ParseAsync(conflict);
        Assert.Contains(TextDiff.TooLongNote, page.QuerySelector(".conflict")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".conflict del, .conflict ins"), mark => mark.TextContent.Contains("Dòng"));
        Assert.Equal(mine, page.QuerySelector("textarea[name=Body]")!.TextContent.Replace("\r\n", "\n"));
        var compare = await reviewer.GetDocumentAsync("/admin/noi-dung/bai-nhap/so-sanh?tu=1&den=2");
        Assert.Contains(compare.QuerySelectorAll(".notice"), notice => notice.TextContent.Contains(TextDiff.TooLongNote));
    }

    [Fact]
    public async Task Invalid_input_comes_back_with_Vietnamese_messages_and_nothing_typed_is_lost()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var fields = ConferenceFields("0", "");
        fields["Title"] = "Tiêu đề đã gõ";
        fields["Date"] = "";

        var response = await editor.PostFormAsync("/admin/tin-tuc/tao", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("Chưa lưu được", page.QuerySelector(".error-box")!.TextContent);
        Assert.Contains("chưa được nhập", page.QuerySelector(".error-box")!.TextContent);
        Assert.Equal("Tiêu đề đã gõ", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Hội trường xã", page.QuerySelector("input[name=Location]")!.GetAttribute("value"));
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
    }

    [Fact]
    public async Task A_value_the_framework_cannot_bind_comes_back_with_a_Vietnamese_message_by_its_field()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var response = await editor.PostFormAsync("/admin/van-ban/tao", new Dictionary<string, string>
        {
            ["Type"] = "AwardDecision", ["Title"] = "Quyết định khen thưởng", ["ClusterId"] = TestRecipes.ClusterId,
            ["Number"] = "12/QĐ-CTĐ12", ["IssuedOn"] = "2025-12-01", ["Issuer"] = "Cụm thi đua số 12", ["Summary"] = "Khen thưởng",
            ["Year"] = "năm nay",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var errors = page.QuerySelector(".error-box")!.TextContent;
        Assert.Contains("Năm thi đua: giá trị \"năm nay\" không hợp lệ", errors);
        Assert.DoesNotContain("is invalid", errors);
        Assert.Contains("giá trị \"năm nay\" không hợp lệ", page.QuerySelector("input[name=Year]")!.ParentElement!.TextContent);
        Assert.Equal("12/QĐ-CTĐ12", page.QuerySelector("input[name=Number]")!.GetAttribute("value"));
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
    }

    [Fact]
    public async Task Optional_fields_left_empty_save_as_empty_in_every_editor()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var conference = ConferenceFields("0", "Nội dung.");
        conference["Location"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/admin/tin-tuc/tao", conference)).StatusCode);

        var document = await editor.PostFormAsync("/admin/van-ban/tao", new Dictionary<string, string>
        {
            ["Type"] = "Plan", ["Title"] = "Kế hoạch", ["ClusterId"] = TestRecipes.ClusterId, ["Number"] = "05/KH-CTĐ12",
            ["IssuedOn"] = "2025-10-20", ["Issuer"] = "Cụm thi đua số 12", ["Summary"] = "Kế hoạch năm", ["Body"] = "",
            ["LegalBases"] = "", ["SignerName"] = "Trịnh Ngọc Tuấn", ["SignerPosition"] = "", ["Recipients"] = "",
            ["Milestones[0].Due"] = "", ["Milestones[0].Text"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, document.StatusCode);
    }

    [Fact]
    public async Task A_draft_preview_shows_the_draft_as_the_public_page_would_and_the_public_page_does_not()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var preview = await editor.GetDocumentAsync("/tin-tuc/xem-truoc/bai-nhap");

        Assert.Equal("Bài nháp của cụm", preview.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nội dung nháp chưa đăng.", preview.QuerySelector(".article .body")!.TextContent);
        Assert.Contains("Bản xem trước", preview.QuerySelector(".preview-banner")!.TextContent);
        Assert.NotNull(preview.QuerySelector("meta[name=robots][content=noindex]"));
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("/tin-tuc/bai-nhap-cua-cum")).StatusCode);
    }

    [Fact]
    public async Task The_reviewer_sees_a_submitted_item_waiting_and_a_rejection_comment_is_shown_on_the_item()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        await editor.PostFormAsync("/admin/noi-dung/bai-nhap/chuyen", new Dictionary<string, string> { ["action"] = "Submit" });

        var dashboard = await reviewer.GetDocumentAsync("/admin");
        Assert.Contains("Bài nháp của cụm", dashboard.QuerySelector("#cho-duyet")!.TextContent);
        Assert.Null((await editor.GetDocumentAsync("/admin")).QuerySelector("#cho-duyet"));

        var withoutComment = await reviewer.PostFormAsync("/admin/noi-dung/bai-nhap/chuyen", new Dictionary<string, string> { ["action"] = "Reject" });
        Assert.Equal(HttpStatusCode.Redirect, withoutComment.StatusCode);
        Assert.Contains("Cần ghi rõ lý do", (await reviewer.GetDocumentAsync("/admin/noi-dung/bai-nhap")).QuerySelector(".error-box")!.TextContent);
        await reviewer.PostFormAsync("/admin/noi-dung/bai-nhap/chuyen", new Dictionary<string, string> { ["action"] = "Reject", ["comment"] = "Bổ sung danh sách khen thưởng." });

        var item = await editor.GetDocumentAsync("/admin/noi-dung/bai-nhap");
        Assert.Contains("Bổ sung danh sách khen thưởng.", item.QuerySelector(".history")!.TextContent);
        Assert.Contains("Bản nháp", item.QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = AdminClient.Anonymous(_site);
        var first = await client.TryLoginAsync("bientap", "sai-mat-khau-1");
        Assert.Contains("không đúng", (await PortalFactory.ParseAsync(first)).QuerySelector(".error-box")!.TextContent);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            await client.TryLoginAsync("bientap", "sai-mat-khau-1");
        }

        var locked = await client.TryLoginAsync("bientap", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("tạm khóa", (await PortalFactory.ParseAsync(locked)).QuerySelector(".error-box")!.TextContent);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var response = await editor.Http.PostAsync("/admin/noi-dung/bai-nhap/chuyen",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "Submit" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal("Draft", await connection.ExecuteScalarAsync<string>("SELECT status FROM content_items WHERE id = 'bai-nhap'"));
    }

    [Fact]
    public async Task A_user_changes_their_password_and_the_old_one_stops_working()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var changed = await editor.PostFormAsync("/admin/doi-mat-khau", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password, ["NewPassword"] = "Matkhau-moi-2027", ["ConfirmPassword"] = "Matkhau-moi-2027",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminClient.Anonymous(_site).TryLoginAsync("bientap", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminClient.Anonymous(_site).TryLoginAsync("bientap", "Matkhau-moi-2027")).StatusCode);
    }
}
