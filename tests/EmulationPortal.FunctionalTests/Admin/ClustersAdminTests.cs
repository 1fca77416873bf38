using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>The administrators' clusters and units sections, through the real login and the real forms.</summary>
public sealed class ClustersAdminTests : IAsyncLifetime
{
    private const string AdminPassword = "Quantri-2026-matkhau";
    private const string Cluster42 = "cum-42-thong-ke-nghe-an";

    private readonly PortalFactory _site = new(PortalFactory.NewDataPath(), demoContent: true,
        new Dictionary<string, string> { ["Portal:AdminPassword"] = AdminPassword }, ownsDataPath: true);

    private AdminClient _admin = null!;

    public async Task InitializeAsync() => _admin = await AdminClient.LoginAsync(_site, "admin", AdminPassword);

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    private static List<KeyValuePair<string, string>> ClusterFields(string name, string number = "77", string kind = "Cluster", bool reviewRequired = true)
    {
        var fields = Fields(("Kind", kind), ("Number", number), ("Name", name), ("Province", "Nghệ An"), ("Sector", "Thống kê"));
        if (reviewRequired)
        {
            fields.Add(new("ReviewRequired", "true"));
        }
        fields.Add(new("ReviewRequired", "false"));
        return fields;
    }

    private async Task<string> StateAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        var rows = new List<string>();
        rows.AddRange(await connection.QueryAsync<string>(
            "SELECT id || '|' || kind || '|' || COALESCE(CAST(number AS TEXT), '') || '|' || name || '|' || slug || '|' || COALESCE(province, '') || '|' || COALESCE(sector, '') || '|' || CAST(review_required AS TEXT) FROM clusters ORDER BY id"));
        rows.AddRange(await connection.QueryAsync<string>(
            "SELECT cluster_id || '|' || CAST(year AS TEXT) || '|' || COALESCE(leader_unit_id, '') || '|' || COALESCE(deputy_unit_id, '') FROM cluster_terms ORDER BY 1"));
        rows.AddRange(await connection.QueryAsync<string>(
            "SELECT cluster_id || '|' || CAST(year AS TEXT) || '|' || unit_id || '|' || CAST(position AS TEXT) FROM cluster_members ORDER BY 1"));
        rows.AddRange(await connection.QueryAsync<string>("SELECT id || '|' || name || '|' || COALESCE(province, '') FROM units ORDER BY id"));
        return string.Join("\n", rows);
    }

    [Fact]
    public async Task An_administrator_creates_a_cluster_and_its_2026_term_and_the_public_page_shows_them()
    {
        var unit = await _admin.PostFormAsync("/admin/don-vi/tao", Fields(("Name", "Chi cục Thống kê khu vực Quỳ Hợp"), ("Province", "Nghệ An")));
        Assert.Equal(HttpStatusCode.Redirect, unit.StatusCode);
        Assert.Contains("Chi cục Thống kê khu vực Quỳ Hợp", (await _admin.GetDocumentAsync("/admin/don-vi")).QuerySelector("table.units")!.TextContent);
        const string newUnit = "chi-cuc-thong-ke-khu-vuc-quy-hop";

        var created = await _admin.PostFormAsync("/admin/cum-thi-dua/tao", ClusterFields("Cụm thi đua số 77 – Thống kê thử nghiệm"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        const string slug = "cum-thi-dua-so-77-thong-ke-thu-nghiem";
        Assert.Equal($"/admin/cum-thi-dua/{slug}", created.Headers.Location?.OriginalString);
        var edit = await _admin.GetDocumentAsync($"/admin/cum-thi-dua/{slug}");
        Assert.Equal("Cụm thi đua số 77 – Thống kê thử nghiệm", edit.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.True(edit.QuerySelector("input[name=ReviewRequired][type=checkbox]")!.HasAttribute("checked"));

        var added = await _admin.PostFormAsync($"/admin/cum-thi-dua/{slug}/nhiem-ky", Fields(("Year", "2026"), ("CopyMembers", "true"), ("CopyMembers", "false")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // The deputy is not ticked among the members: saving adds it, as the page says.
        var saved = await _admin.PostFormAsync($"/admin/cum-thi-dua/{slug}/nhiem-ky/2026", Fields(
            ("Leader", "tk-do-luong"), ("Deputy", newUnit), ("Members", "tk-do-luong"), ("Members", "tk-anh-son")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var notice = (await _admin.GetDocumentAsync($"/admin/cum-thi-dua/{slug}")).QuerySelector(".notice")!.TextContent;
        Assert.Contains("Đã tự động thêm Chi cục Thống kê khu vực Quỳ Hợp vào danh sách thành viên", notice);

        var page = await _site.GetDocumentAsync($"/cum-thi-dua/{slug}");
        Assert.Equal("Cụm thi đua số 77 – Thống kê thử nghiệm", page.QuerySelector("h1")!.TextContent.Trim());
        var term = page.QuerySelector(".term")!;
        Assert.Equal("Năm 2026", term.QuerySelector("h3")!.TextContent.Trim());
        var heads = Normalize(term.QuerySelector("p")!.TextContent);
        Assert.Contains("Cụm trưởng: Thống kê cơ sở Đô Lương", heads);
        Assert.Contains("Cụm phó: Chi cục Thống kê khu vực Quỳ Hợp", heads);
        Assert.Equal(["Thống kê cơ sở Đô Lương", "Thống kê cơ sở Anh Sơn", "Chi cục Thống kê khu vực Quỳ Hợp"],
            term.QuerySelectorAll("ol li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Cụm thi đua số 77 – Thống kê thử nghiệm", (await _site.GetDocumentAsync("/cum-thi-dua")).Body!.TextContent);

        // A new name keeps the address; a bloc is labelled as one.
        var renamed = await _admin.PostFormAsync($"/admin/cum-thi-dua/{slug}", ClusterFields("Khối thi đua Thống kê thử nghiệm", number: "", kind: "Bloc", reviewRequired: false));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var after = await _site.GetDocumentAsync($"/cum-thi-dua/{slug}");
        Assert.Equal("Khối thi đua Thống kê thử nghiệm", after.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Khối trưởng: Thống kê cơ sở Đô Lương", Normalize(after.QuerySelector(".term p")!.TextContent));
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(("Bloc", (int?)null, false), await connection.QuerySingleAsync<(string, int?, bool)>(
            "SELECT kind, number, review_required FROM clusters WHERE id = @slug", new { slug }));

        // A year removed leaves the public page.
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync($"/admin/cum-thi-dua/{slug}/nhiem-ky/2026/xoa", [])).StatusCode);
        Assert.Empty((await _site.GetDocumentAsync($"/cum-thi-dua/{slug}")).QuerySelectorAll(".term"));
    }

    [Fact]
    public async Task A_new_year_can_start_from_the_previous_years_members()
    {
        var added = await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky", Fields(("Year", "2027"), ("CopyMembers", "true"), ("CopyMembers", "false")));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(
            await connection.QueryAsync<string>("SELECT unit_id FROM cluster_members WHERE cluster_id = @Cluster42 AND year = 2026 ORDER BY position", new { Cluster42 }),
            await connection.QueryAsync<string>("SELECT unit_id FROM cluster_members WHERE cluster_id = @Cluster42 AND year = 2027 ORDER BY position", new { Cluster42 }));
        Assert.Null(await connection.ExecuteScalarAsync<string?>(
            "SELECT leader_unit_id FROM cluster_terms WHERE cluster_id = @Cluster42 AND year = 2027", new { Cluster42 }));
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Vietnamese_keeps_what_was_typed_and_writes_nothing()
    {
        var before = await StateAsync();

        var noName = await _admin.PostFormAsync("/admin/cum-thi-dua/tao", ClusterFields("  ", number: "bốn hai"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noName.StatusCode);
        var noNamePage = await PortalFactory.ParseAsync(noName);
        var noNameErrors = Normalize(noNamePage.QuerySelector(".error-box")!.TextContent);
        Assert.Contains("Chưa nhập tên cụm, khối thi đua.", noNameErrors);
        Assert.Contains("Số hiệu phải là số nguyên từ 1 đến 9999.", noNameErrors);
        Assert.Equal("bốn hai", noNamePage.QuerySelector("input[name=Number]")!.GetAttribute("value"));
        Assert.Equal("Thống kê", noNamePage.QuerySelector("input[name=Sector]")!.GetAttribute("value"));

        var duplicate = await _admin.PostFormAsync("/admin/cum-thi-dua/tao", ClusterFields("Cụm thi đua số 42 – Thống kê tỉnh Nghệ An"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("Đã có cụm, khối thi đua với tên này", await ErrorsAsync(duplicate));

        var emptyEdit = await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}", ClusterFields(""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyEdit.StatusCode);
        Assert.Contains("Chưa nhập tên cụm, khối thi đua.", await ErrorsAsync(emptyEdit));

        foreach (var (year, message) in new[]
        {
            ("1900", "Năm phải nằm trong khoảng 1945–2200."),
            ("2201", "Năm phải nằm trong khoảng 1945–2200."),
            ("năm sau", "Năm phải là một số có bốn chữ số"),
            ("", "Chưa nhập năm."),
            ("2025", "Năm 2025 đã có trong danh sách nhiệm kỳ."),
        })
        {
            var response = await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky", Fields(("Year", year), ("CopyMembers", "false")));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Contains(message, page.QuerySelector("#them-nam .error-box")!.TextContent);
            Assert.Equal(year, page.QuerySelector("#them-nam input[name=Year]")!.GetAttribute("value") ?? "");
        }

        var sameHead = await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky/2026", Fields(
            ("Leader", "tk-do-luong"), ("Deputy", "tk-do-luong"), ("Members", "tk-do-luong"), ("Members", "tk-tan-ky")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameHead.StatusCode);
        var sameHeadPage = await PortalFactory.ParseAsync(sameHead);
        var term = sameHeadPage.QuerySelector("#nam-2026")!;
        Assert.True(term.HasAttribute("open"));
        Assert.Contains("Đơn vị phó phải khác đơn vị trưởng.", term.QuerySelector(".error-box")!.TextContent);
        Assert.True(term.QuerySelector("input[name=Members][value=tk-tan-ky]")!.HasAttribute("checked"));
        Assert.False(term.QuerySelector("input[name=Members][value=tk-thanh-chuong]")!.HasAttribute("checked"));

        var ghost = await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky/2026", Fields(("Leader", "khong-co-don-vi-nay"), ("Members", "tk-do-luong")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ghost.StatusCode);
        var missingYear = await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky/2019", Fields(("Members", "tk-do-luong")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingYear.StatusCode);

        var noUnitName = await _admin.PostFormAsync("/admin/don-vi/tao", Fields(("Name", " "), ("Province", "Nghệ An")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noUnitName.StatusCode);
        Assert.Contains("Chưa nhập tên đơn vị.", await ErrorsAsync(noUnitName));
        var sameUnit = await _admin.PostFormAsync("/admin/don-vi/tao", Fields(("Name", "thống kê cơ sở đô lương"), ("Province", "Nghệ An")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameUnit.StatusCode);
        Assert.Contains("Đã có đơn vị “Thống kê cơ sở Đô Lương” (Nghệ An)", await ErrorsAsync(sameUnit));
        var renameOnto = await _admin.PostFormAsync("/admin/don-vi/tk-anh-son", Fields(("Name", "Thống kê cơ sở Đô Lương"), ("Province", "Nghệ An")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renameOnto.StatusCode);

        Assert.Equal(before, await StateAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync("/admin/cum-thi-dua/khong-co-cum-nay")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync("/admin/don-vi/khong-co-don-vi-nay")).StatusCode);
    }

    [Fact]
    public async Task A_refusal_shows_in_the_form_that_was_posted_and_in_no_other_form_of_the_page()
    {
        var sameHead = await PortalFactory.ParseAsync(await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky/2026", Fields(
            ("Leader", "tk-do-luong"), ("Deputy", "tk-do-luong"), ("Members", "tk-do-luong"))));
        var duplicateYear = await PortalFactory.ParseAsync(await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky",
            Fields(("Year", "2026"), ("CopyMembers", "false"))));
        var noName = await PortalFactory.ParseAsync(await _admin.PostFormAsync($"/admin/cum-thi-dua/{Cluster42}", ClusterFields(" ")));

        Assert.Equal(["nam-2026"], sameHead.QuerySelectorAll(".error-box").Select(box => box.Closest("details, section")?.Id));
        Assert.Equal("Đơn vị phó phải khác đơn vị trưởng.", sameHead.QuerySelector("#nam-2026 select[name=Deputy] ~ .field-error")!.TextContent);
        Assert.All(sameHead.QuerySelectorAll("details:not(#nam-2026) .field-error"), span => Assert.Empty(span.TextContent));
        Assert.Equal(["them-nam"], duplicateYear.QuerySelectorAll(".error-box").Select(box => box.Closest("details, section")?.Id));
        Assert.Equal("Năm 2026 đã có trong danh sách nhiệm kỳ.", duplicateYear.QuerySelector("#them-nam input[name=Year] ~ .field-error")!.TextContent);
        Assert.All(duplicateYear.QuerySelectorAll("details .field-error"), span => Assert.Empty(span.TextContent));
        var noNameBoxes = noName.QuerySelectorAll(".error-box");
        Assert.Single(noNameBoxes);
        Assert.Null(noNameBoxes[0].Closest("details, section"));
        Assert.Equal("Chưa nhập tên cụm, khối thi đua.", noName.QuerySelector("input[name=Name] ~ .field-error")!.TextContent);
        Assert.All(noName.QuerySelectorAll("details .field-error, #them-nam .field-error"), span => Assert.Empty(span.TextContent));
    }

    [Fact]
    public async Task A_unit_without_a_name_or_with_a_too_long_province_is_refused_at_its_field_and_nothing_is_saved()
    {
        var before = await StateAsync();

        var created = await _admin.PostFormAsync("/admin/don-vi/tao", Fields(("Name", "  "), ("Province", new string('A', 101))));
        var saved = await _admin.PostFormAsync("/admin/don-vi/tk-anh-son", Fields(("Name", ""), ("Province", "Nghệ An")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
        var page = await PortalFactory.ParseAsync(created);
        Assert.Equal("Chưa nhập tên đơn vị.", page.QuerySelector("input[name=Name] ~ .field-error")!.TextContent);
        Assert.Equal("Tên tỉnh, thành phố dài quá 100 ký tự.", page.QuerySelector("input[name=Province] ~ .field-error")!.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, saved.StatusCode);
        Assert.Contains("Chưa nhập tên đơn vị.", await ErrorsAsync(saved));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_unit_is_renamed_and_a_namesake_in_another_province_gets_an_id_of_its_own()
    {
        var renamed = await _admin.PostFormAsync("/admin/don-vi/tk-anh-son", Fields(("Name", "Chi cục Thống kê khu vực Anh Sơn"), ("Province", "Nghệ An")));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Chi cục Thống kê khu vực Anh Sơn", (await _site.GetDocumentAsync("/cum-thi-dua/cum-thi-dua-so-42-thong-ke-tinh-nghe-an")).Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync("/admin/don-vi/tao", Fields(("Name", "Hội Khuyến học"), ("Province", "Nghệ An")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync("/admin/don-vi/tao", Fields(("Name", "Hội Khuyến học"), ("Province", "Thanh Hóa")))).StatusCode);
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(["hoi-khuyen-hoc|Nghệ An", "hoi-khuyen-hoc-2|Thanh Hóa"],
            await connection.QueryAsync<string>("SELECT id || '|' || province FROM units WHERE name = 'Hội Khuyến học' ORDER BY id"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_is_refused_every_clusters_and_units_page_and_form_and_nothing_changes()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(new JsonObject
        {
            ["name"] = "nguoi-dung-thu",
            ["steps"] = new JsonArray(TestRecipes.UsersStep(
                TestRecipes.Person("canbo", "Canbo-matkhau-2026", ["Staff"]),
                TestRecipes.Person("duyet42", "Duyet42-matkhau-2026", null, (Cluster42, "Reviewer")))),
        }));
        var before = await StateAsync();
        string[] pages =
        [
            "/admin/cum-thi-dua", "/admin/cum-thi-dua/tao", $"/admin/cum-thi-dua/{Cluster42}", "/admin/cum-thi-dua/khong-co-cum-nay",
            "/admin/don-vi", "/admin/don-vi/tao", "/admin/don-vi/tk-do-luong",
        ];
        (string Url, List<KeyValuePair<string, string>> Fields)[] forms =
        [
            ("/admin/cum-thi-dua/tao", ClusterFields("Cụm thi đua lạ")),
            ($"/admin/cum-thi-dua/{Cluster42}", ClusterFields("Cụm đã bị đổi tên")),
            ($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky", Fields(("Year", "2030"), ("CopyMembers", "true"))),
            ($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky/2026", Fields(("Leader", "tk-tan-ky"), ("Members", "tk-tan-ky"))),
            ($"/admin/cum-thi-dua/{Cluster42}/nhiem-ky/2026/xoa", []),
            ("/admin/don-vi/tao", Fields(("Name", "Đơn vị lạ"), ("Province", "Nghệ An"))),
            ("/admin/don-vi/tk-do-luong", Fields(("Name", "Đơn vị bị đổi tên"), ("Province", "Nghệ An"))),
        ];

        foreach (var (userName, password) in new[] { ("canbo", "Canbo-matkhau-2026"), ("duyet42", "Duyet42-matkhau-2026") })
        {
            using var client = await AdminClient.LoginAsync(_site, userName, password);
            foreach (var url in pages)
            {
                UsersAdminTests.AssertRefused(await client.GetAsync(url), $"{userName} GET {url}");
            }
            foreach (var (url, fields) in forms)
            {
                UsersAdminTests.AssertRefused(await client.PostFormAsync(url, fields), $"{userName} POST {url}");
            }
            var menu = (await client.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")?.TextContent ?? "";
            Assert.DoesNotContain("Cụm, khối thi đua", menu);
            Assert.DoesNotContain("Đơn vị", menu);
        }

        Assert.Equal(before, await StateAsync());
        var adminMenu = (await _admin.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent;
        Assert.Contains("Cụm, khối thi đua", adminMenu);
        Assert.Contains("Đơn vị", adminMenu);
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await PortalFactory.ParseAsync(response);
        return Normalize(page.QuerySelector(".error-box")?.TextContent ?? "");
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
