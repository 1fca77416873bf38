using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.FunctionalTests.Awards;

namespace EmulationPortal.FunctionalTests.Documents;

/// <summary>The award-decision editor: a list pasted from Excel or Word, read, checked and saved into the register; revocations.</summary>
public sealed class DocumentsAdminControllerTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private static readonly ContentAccess Staff = new("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>());
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.WithContent(AwardRegisterTests.Decision("qd-goc", "Published", [
            AwardRegisterTests.Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A"),
            AwardRegisterTests.Award("Giấy khen", "Individual", "Phạm Thị Dung", "Đơn vị A"),
            AwardRegisterTests.Award("Giấy khen", "Individual", "Hồ Văn Em", "Đơn vị A"),
        ]));
        recipe["steps"]!.AsArray().Insert(1, new JsonObject
        {
            ["name"] = "Units",
            ["units"] = new JsonArray(new JsonObject
            {
                ["id"] = "ubnd-hanh-lam", ["name"] = "Ủy ban nhân dân xã Hạnh Lâm", ["province"] = "Nghệ An",
                ["aliases"] = new JsonArray("UBND xã Hạnh Lâm, huyện Thanh Chương"),
            }),
        });
        TestRecipes.WithUsers(recipe, TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> NewDecision() => new()
    {
        ["Type"] = "AwardDecision", ["Title"] = "Quyết định khen thưởng năm 2025", ["ClusterId"] = TestRecipes.ClusterId,
        ["Number"] = "25/QĐ-CTĐ99", ["IssuedOn"] = "2026-01-15", ["Issuer"] = "Cụm thi đua thử nghiệm", ["Summary"] = "Khen thưởng năm 2025",
        ["Year"] = "2025",
    };

    /// <summary>The fields the page's form would post as it stands (the antiforgery token aside: each post gets a fresh one).</summary>
    internal static List<KeyValuePair<string, string>> FieldsOf(IDocument page) =>
        page.QuerySelectorAll("form.panel input[name], form.panel select[name], form.panel textarea[name]")
            .Where(e => e.GetAttribute("name") != AdminClient.TokenField && e.GetAttribute("type") is not ("file" or "submit"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName switch
            {
                "select" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")!.GetAttribute("value")!,
                "textarea" => e.TextContent,
                _ => e.GetAttribute("value") ?? "",
            }))
            .ToList();

    private async Task<int> ItemCountAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items");
    }

    private async Task<List<(int Line, string Recipient, string? UnitId, string? RevokedBy)>> LinesAsync(string itemId)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.QueryAsync<(int, string, string?, string?)>(
            "SELECT line, recipient, unit_id, revoked_by FROM award_lines WHERE item_id = @itemId ORDER BY line", new { itemId })).AsList();
    }

    private static string ItemIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
    }

    [Fact]
    public async Task A_pasted_list_is_read_into_rows_with_a_report_saving_nothing_and_saved_rows_link_the_register()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = NewDecision();
        fields["AwardsPaste"] = "STT\tHình thức khen thưởng\tTập thể, cá nhân\tHọ và tên\tĐơn vị\r\n"
            + "1\tGiấy khen\tTập thể\tUBND  xã Hạnh\u00A0Lâm, huyện Thanh Chương\t\r\n"
            + "2\t\tCN\tÔng Nguyễn Văn An\tđơn vị a\r\n"
            + "\r\n"
            + "3\tChiến sĩ thi đua cơ sở\tcá nhân\tBà Trần Thị Bình\tPhòng không có trong danh bạ\r\n"
            + "4\tGiấy khen\tHội viên\tLê Văn Chung\tĐơn vị A\r\n";
        fields["ReadAwards"] = "true";

        var read = await staff.PostFormAsync("/admin/van-ban/tao", fields);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, await ItemCountAsync());
        var page = await PortalFactory.ParseAsync(read);
        var report = page.QuerySelector(".paste-report")!.TextContent;
        Assert.Contains("Đã đọc 3 dòng", report);
        Assert.Contains("2 dòng khớp được đơn vị, 1 dòng chưa khớp, 1 dòng không đọc được", report);
        Assert.Contains("Ông Nguyễn Văn An → Đơn vị A", report);
        Assert.Contains("Bà Trần Thị Bình — Phòng không có trong danh bạ", report);
        Assert.Contains("Dòng 6 (“4 | Giấy khen | Hội viên | Lê Văn Chung | Đơn vị A”): không rõ là tập thể hay cá nhân", report);
        Assert.Equal(
            ["UBND xã Hạnh Lâm, huyện Thanh Chương", "Ông Nguyễn Văn An", "Bà Trần Thị Bình", "", ""],
            page.QuerySelectorAll("input[name$='.Recipient']").Select(i => i.GetAttribute("value") ?? ""));
        Assert.Equal(["ubnd-hanh-lam", "don-vi-a", "", "", ""],
            page.QuerySelectorAll("input[name$='.UnitId']").Select(i => i.GetAttribute("value") ?? ""));
        var notes = page.QuerySelectorAll("#awards tr").Take(3).Select(row => row.QuerySelectorAll(".row-note").Select(n => n.TextContent).ToList()).ToList();
        Assert.Equal(["Danh mục: Giấy khen", "Đã khớp: Ủy ban nhân dân xã Hạnh Lâm"], notes[0]);
        Assert.Equal("Chưa khớp đơn vị", notes[2][1]);
        Assert.Equal("", page.QuerySelector("textarea[name=AwardsPaste]")!.TextContent);
        Assert.Equal("Quyết định khen thưởng năm 2025", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));

        var id = ItemIdFrom(await staff.PostFormAsync("/admin/van-ban/tao", FieldsOf(page)));
        await _site.Service<ContentEditing>().TransitionAsync(Staff, id, WorkflowAction.Publish, null);

        Assert.Equal(
            [(1, "UBND xã Hạnh Lâm, huyện Thanh Chương", "ubnd-hanh-lam", null), (2, "Ông Nguyễn Văn An", "don-vi-a", null), (3, "Bà Trần Thị Bình", null, null)],
            (await LinesAsync(id)).Select(l => (l.Line, l.Recipient, l.UnitId, l.RevokedBy)));
    }

    [Fact]
    public async Task Reading_adds_the_pasted_rows_after_the_rows_already_typed()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = NewDecision();
        fields["Awards[0].Kind"] = "Giấy khen";
        fields["Awards[0].RecipientType"] = "Individual";
        fields["Awards[0].Recipient"] = "Đặng Thị Giang";
        fields["Awards[1].Kind"] = "";
        fields["Awards[1].Recipient"] = "";
        fields["AwardsPaste"] = "Tập thể lao động xuất sắc\tĐơn vị A";
        fields["ReadAwards"] = "true";

        var page = await PortalFactory.ParseAsync(await staff.PostFormAsync("/admin/van-ban/tao", fields));

        Assert.Equal(["Đặng Thị Giang", "Đơn vị A", "", ""], page.QuerySelectorAll("input[name$='.Recipient']").Select(i => i.GetAttribute("value") ?? ""));
        Assert.Equal("Collective", page.QuerySelector("select[name='Awards[1].RecipientType'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(1, await ItemCountAsync());
    }

    [Fact]
    public async Task A_revocation_typed_by_number_is_saved_kept_on_edit_and_shown_by_the_register()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        string number;
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            number = await connection.ExecuteScalarAsync<string>("SELECT DISTINCT decision_number FROM award_lines WHERE item_id = 'qd-goc'") ?? "";
        }
        var fields = NewDecision();
        fields["Awards[0].Kind"] = "Giấy khen";
        fields["Awards[0].RecipientType"] = "Collective";
        fields["Awards[0].Recipient"] = "Đơn vị A";
        fields["Awards[0].Unit"] = "Đơn vị A";
        fields["Awards[0].UnitId"] = "don-vi-a";
        // Typed without diacritics and in lower case, as people type numbers.
        fields["Revokes[0].Decision"] = number.Replace("Đ", "D").ToLowerInvariant();
        fields["Revokes[0].Lines"] = "2";

        var id = ItemIdFrom(await staff.PostFormAsync("/admin/van-ban/tao", fields));
        await _site.Service<ContentEditing>().TransitionAsync(Staff, id, WorkflowAction.Publish, null);

        Assert.Equal([null, id, null], (await LinesAsync("qd-goc")).Select(l => l.RevokedBy));
        var edit = await staff.GetDocumentAsync($"/admin/van-ban/{id}/sua");
        Assert.Equal("qd-goc", edit.QuerySelector("input[name='Revokes[0].Decision']")!.GetAttribute("value"));
        Assert.Equal("2", edit.QuerySelector("input[name='Revokes[0].Lines']")!.GetAttribute("value"));
        Assert.Contains($"Quyết định số {number} ngày 20/03/2025, 3 dòng", edit.QuerySelector("#revokes")!.TextContent);
        Assert.Equal("don-vi-a", edit.QuerySelector("input[name='Awards[0].UnitId']")!.GetAttribute("value"));

        // Saved again as it stands, the whole decision revoked now: nothing of the rest is lost.
        var again = FieldsOf(edit).Where(f => f.Key != "Revokes[0].Lines").Append(new("Revokes[0].Lines", "")).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/admin/van-ban/{id}/sua", again)).StatusCode);
        await _site.Service<ContentEditing>().TransitionAsync(Staff, id, WorkflowAction.Publish, null);

        Assert.Equal([id, id, id], (await LinesAsync("qd-goc")).Select(l => l.RevokedBy));
        Assert.Equal([(1, "Đơn vị A", "don-vi-a", null)], (await LinesAsync(id)).Select(l => (l.Line, l.Recipient, l.UnitId, l.RevokedBy)));
    }

    [Fact]
    public async Task A_unit_picked_and_then_typed_over_is_not_kept_and_the_row_links_by_what_it_says()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = NewDecision();
        // (recipient type, recipient, unit as typed, the id the type-ahead left in the hidden field)
        (string Type, string Recipient, string Unit, string UnitId)[] rows =
        [
            ("Individual", "Nguyễn Văn Tâm", "Đơn vị A", "ubnd-hanh-lam"),
            ("Individual", "Trần Thị Mai", "Phòng không có trong danh bạ", "don-vi-a"),
            ("Individual", "Lê Thị Hương", "UBND xã Hạnh Lâm, huyện Thanh Chương", "ubnd-hanh-lam"),
            ("Collective", "Ủy ban nhân dân xã Hạnh Lâm", "", "ubnd-hanh-lam"),
            ("Individual", "Đỗ Văn Khoa", "đơn vị  a", "don-vi-da-xoa"),
            ("Individual", "Phan Thị Lan", "", "don-vi-a"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Awards[{i}].Kind"] = "Giấy khen";
            fields[$"Awards[{i}].RecipientType"] = rows[i].Type;
            fields[$"Awards[{i}].Recipient"] = rows[i].Recipient;
            fields[$"Awards[{i}].Unit"] = rows[i].Unit;
            fields[$"Awards[{i}].UnitId"] = rows[i].UnitId;
        }

        var id = ItemIdFrom(await staff.PostFormAsync("/admin/van-ban/tao", fields));
        await _site.Service<ContentEditing>().TransitionAsync(Staff, id, WorkflowAction.Publish, null);

        Assert.Equal(["don-vi-a", null, "ubnd-hanh-lam", "ubnd-hanh-lam", "don-vi-a", null], (await LinesAsync(id)).Select(l => l.UnitId));
        // The editor says what the register did, row by row.
        var edit = await staff.GetDocumentAsync($"/admin/van-ban/{id}/sua");
        var notes = edit.QuerySelectorAll("#awards tr").Take(rows.Length)
            .Select(row => row.QuerySelector(".row-note.matched, .row-note.unmatched")?.TextContent).ToList();
        Assert.Equal(["Đã khớp: Đơn vị A", "Chưa khớp đơn vị", "Đã khớp: Ủy ban nhân dân xã Hạnh Lâm", "Đã khớp: Ủy ban nhân dân xã Hạnh Lâm",
            "Đã khớp: Đơn vị A", "Chưa khớp đơn vị"], notes);
    }

    [Fact]
    public async Task Blank_rows_left_between_awards_are_dropped_so_an_error_stands_by_its_row_and_spares_do_not_pile_up()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = NewDecision();
        fields["Awards[0].Kind"] = "";
        fields["Awards[0].Recipient"] = "";
        fields["Awards[1].Kind"] = "";
        fields["Awards[1].RecipientType"] = "Individual";
        fields["Awards[1].Recipient"] = "Nguyễn Văn An";
        fields["Awards[2].Kind"] = "";
        fields["Awards[2].Recipient"] = "";

        var shown = await PortalFactory.ParseAsync(await staff.PostFormAsync("/admin/van-ban/tao", fields));
        var again = await PortalFactory.ParseAsync(await staff.PostFormAsync("/admin/van-ban/tao", FieldsOf(shown)));

        foreach (var page in new[] { shown, again })
        {
            Assert.Equal(["Nguyễn Văn An", "", ""], page.QuerySelectorAll("input[name$='.Recipient']").Select(i => i.GetAttribute("value") ?? ""));
            var errors = page.QuerySelectorAll("#awards tr").Select(row => row.QuerySelector(".field-error")?.TextContent.Trim() ?? "").ToList();
            Assert.NotEqual("", errors[0]);
            Assert.All(errors.Skip(1), error => Assert.Equal("", error));
        }
        // Only the fixture's decision: a form with an error saves nothing.
        Assert.Equal(1, await ItemCountAsync());
    }

    [Fact]
    public async Task A_revocation_stands_while_the_decision_it_revokes_is_taken_down_and_the_revoking_one_can_still_be_edited()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = NewDecision();
        fields["Revokes[0].Decision"] = "qd-goc";
        fields["Revokes[0].Lines"] = "2";
        var id = ItemIdFrom(await staff.PostFormAsync("/admin/van-ban/tao", fields));
        var editing = _site.Service<ContentEditing>();
        await editing.TransitionAsync(Staff, id, WorkflowAction.Publish, null);
        await editing.TransitionAsync(Staff, "qd-goc", WorkflowAction.Unpublish, null);

        var edit = await staff.GetDocumentAsync($"/admin/van-ban/{id}/sua");
        Assert.Contains("hiện không đăng công khai", edit.QuerySelector("#revokes")!.TextContent);
        var again = FieldsOf(edit).Where(f => f.Key != "Title").Append(new("Title", "Quyết định thu hồi khen thưởng (sửa tiêu đề)")).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/admin/van-ban/{id}/sua", again)).StatusCode);
        await editing.TransitionAsync(Staff, id, WorkflowAction.Publish, null);

        // A new revocation of a decision that is not published is still refused: only a saved one stands.
        var other = NewDecision();
        other["Number"] = "26/QĐ-CTĐ99";
        other["Revokes[0].Decision"] = "qd-goc";
        var refused = await PortalFactory.ParseAsync(await staff.PostFormAsync("/admin/van-ban/tao", other));
        Assert.Contains("không tìm thấy quyết định khen thưởng đã đăng", refused.QuerySelector("#revokes")!.TextContent);

        await editing.TransitionAsync(Staff, "qd-goc", WorkflowAction.Publish, null);
        Assert.Equal([null, id, null], (await LinesAsync("qd-goc")).Select(l => l.RevokedBy));
        Assert.Equal("Quyết định thu hồi khen thưởng (sửa tiêu đề)", (await _site.Service<ContentStore>().GetLatestAsync(id))!.Title);
    }

    [Theory]
    [InlineData("99/QĐ-KHÔNG", "", "revokes[0].decision", "không tìm thấy quyết định khen thưởng đã đăng có số hoặc mã “99/QĐ-KHÔNG”")]
    [InlineData("qd-goc", "2, x", "revokes[0].lines", "“x” không phải số thứ tự dòng (ghi ví dụ: 2, 5 hoặc 3-7)")]
    [InlineData("qd-goc", "0", "revokes[0].lines", "số thứ tự dòng phải từ 1 trở lên")]
    [InlineData("qd-goc", "2, 4-5", "revokes[0].lines", "chỉ có 3 dòng: không có dòng 4, 5")]
    [InlineData("", "2", "revokes[0].decision", "chưa ghi số hoặc mã của quyết định bị thu hồi")]
    public async Task A_revocation_that_names_no_decision_or_bad_lines_is_refused_in_Vietnamese_by_its_field(
        string decision, string lines, string field, string message)
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = NewDecision();
        fields["Revokes[0].Decision"] = decision;
        fields["Revokes[0].Lines"] = lines;

        var response = await staff.PostFormAsync("/admin/van-ban/tao", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var input = field.EndsWith("decision", StringComparison.Ordinal) ? "Revokes[0].Decision" : "Revokes[0].Lines";
        Assert.Contains(message, page.QuerySelector($"input[name='{input}']")!.ParentElement!.TextContent);
        Assert.Contains("Thu hồi khen thưởng, dòng 1", page.QuerySelector(".error-box")!.TextContent);
        Assert.Equal(1, await ItemCountAsync());
    }

    [Fact]
    public async Task Staff_get_units_suggested_by_folded_words_and_strangers_get_nothing()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);

        var response = await staff.GetAsync("/admin/don-vi/goi-y?q=hanh%20lam");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var units = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ubnd-hanh-lam", units.EnumerateArray().Single().GetProperty("id").GetString());
        Assert.NotEqual(HttpStatusCode.OK, (await AdminClient.Anonymous(_site).GetAsync("/admin/don-vi/goi-y?q=hanh")).StatusCode);
        var editor = await staff.GetDocumentAsync("/admin/van-ban/tao?loai=AwardDecision");
        Assert.Equal("/admin/don-vi/goi-y", editor.QuerySelector("input[name='Awards[0].Unit']")!.GetAttribute("data-unit-suggest"));
    }
}
