using System.Net;
using Dapper;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>"Tên đơn vị chưa khớp": staff link the names decisions use to units, through the real forms.</summary>
public sealed class UnmatchedUnitsAdminControllerTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string Page = "/admin/khen-thuong/don-vi-chua-khop";

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);
    private AdminClient _staff = null!;
    private string _unknownKey = "";

    public async Task InitializeAsync()
    {
        await AwardStatisticsFixture.ImportAsync(_site,
            TestRecipes.Person("canbo", Password, ["Staff"]),
            TestRecipes.Person("bientap", Password, [], (TestRecipes.ClusterId, "Editor")));
        await _site.ChangeFeedSettledAsync();
        _staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        _unknownKey = Core.Awards.NameKey.Of(AwardStatisticsFixture.UnknownUnit);
    }

    public Task DisposeAsync()
    {
        _staff.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    private async Task<List<string?>> UnitsOfUnknownNameAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.QueryAsync<string?>("SELECT unit_id FROM award_lines WHERE unit_key = @key ORDER BY item_id", new { key = _unknownKey })).AsList();
    }

    [Fact]
    public async Task Staff_see_each_unmatched_name_with_its_count_and_decisions()
    {
        var page = await _staff.GetDocumentAsync(Page);

        var row = page.QuerySelector($"li[data-unit-key='{_unknownKey}']")!;
        Assert.Equal(AwardStatisticsFixture.UnknownUnit, row.QuerySelector("h2")!.TextContent);
        Assert.Contains("2 dòng khen thưởng", row.TextContent);
        Assert.Equal(["/admin/noi-dung/qd-2023", "/admin/noi-dung/qd-2024"], row.QuerySelectorAll("p.meta a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["", "don-vi-a", "don-vi-b"], row.QuerySelectorAll("select[name=UnitId] option").Select(o => o.GetAttribute("value")));
        Assert.Single(page.QuerySelectorAll("li[data-unit-key]"));
    }

    [Fact]
    public async Task A_name_met_in_many_decisions_lists_the_first_of_them_and_counts_the_others()
    {
        const string association = "Hội Nông dân xã Hạnh Lâm";
        var decisions = Enumerable.Range(1, UnmatchedUnits.ListedDecisions + 2)
            .Select(i => AwardRegisterTests.Decision($"qd-nhieu-{i:00}", "Published", [AwardRegisterTests.Award("Giấy khen", "Individual", $"Hội viên {i}", association)]))
            .ToArray();
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(decisions)));

        var row = (await _staff.GetDocumentAsync(Page)).QuerySelector($"li[data-unit-key='{Core.Awards.NameKey.Of(association)}']")!;

        Assert.Equal(UnmatchedUnits.ListedDecisions, row.QuerySelectorAll("p.meta a").Length);
        Assert.Contains("và 2 quyết định khác", row.TextContent);
    }

    [Fact]
    public async Task Linking_a_name_links_its_lines_keeps_the_name_as_an_alias_through_a_rebuild_and_reaches_the_statistics()
    {
        var reader = _site.CreateClient();
        var before = await PortalFactory.ParseAsync(await reader.GetAsync("/thong-ke"));
        Assert.Equal("5", before.QuerySelector("#don-vi-dan-dau tbody tr td")!.TextContent);

        var linked = await _staff.PostFormAsync($"{Page}/khop", Fields(("Key", _unknownKey), ("UnitId", "don-vi-a")));

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(Page, linked.Headers.Location?.OriginalString);
        Assert.Equal(["don-vi-a", "don-vi-a"], await UnitsOfUnknownNameAsync());
        Assert.Contains("Đã khớp 2 dòng khen thưởng", (await _staff.GetDocumentAsync(Page)).QuerySelector(".notice")!.TextContent);
        Assert.Empty((await _staff.GetDocumentAsync(Page)).QuerySelectorAll("li[data-unit-key]"));

        await _site.Service<AwardRegister>().RebuildAsync();
        Assert.Equal(["don-vi-a", "don-vi-a"], await UnitsOfUnknownNameAsync());

        await _site.ChangeFeedSettledAsync();
        var after = await PortalFactory.ParseAsync(await reader.GetAsync("/thong-ke"));
        Assert.Equal("7", after.QuerySelector("#don-vi-dan-dau tbody tr td")!.TextContent);
    }

    [Fact]
    public async Task A_name_can_become_a_new_unit_of_the_directory_with_its_lines_linked()
    {
        var created = await _staff.PostFormAsync($"{Page}/tao-don-vi",
            Fields(("Key", _unknownKey), ("Name", "Phòng Văn hóa và Thông tin huyện Yên Thành"), ("Province", "Nghệ An")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var connection = await _site.OpenDatabaseAsync();
        var unitId = await connection.QuerySingleAsync<string>("SELECT id FROM units WHERE name = 'Phòng Văn hóa và Thông tin huyện Yên Thành'");
        Assert.Equal([unitId, unitId], await UnitsOfUnknownNameAsync());
        // The name as decisions wrote it is kept as the new unit's alias, so the next decision links by itself.
        Assert.Equal(AwardStatisticsFixture.UnknownUnit,
            await connection.QuerySingleAsync<string>("SELECT name FROM unit_aliases WHERE unit_id = @unitId", new { unitId }));
    }

    [Fact]
    public async Task Refusals_are_shown_in_Vietnamese_at_the_name_and_nothing_changes()
    {
        var noUnit = await _staff.PostFormAsync($"{Page}/khop", Fields(("Key", _unknownKey), ("UnitId", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noUnit.StatusCode);
        var page = await PortalFactory.ParseAsync(noUnit);
        Assert.Contains("Chưa chọn đơn vị để khớp.", page.QuerySelector($"li[data-unit-key='{_unknownKey}'] .error-box")!.TextContent);

        var unknownUnit = await _staff.PostFormAsync($"{Page}/khop", Fields(("Key", _unknownKey), ("UnitId", "khong-co")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownUnit.StatusCode);
        Assert.Contains("Không có đơn vị đã chọn", (await PortalFactory.ParseAsync(unknownUnit)).QuerySelector(".error-box")!.TextContent);

        var sameName = await _staff.PostFormAsync($"{Page}/tao-don-vi", Fields(("Key", _unknownKey), ("Name", "ĐƠN VỊ  a")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameName.StatusCode);
        var refused = await PortalFactory.ParseAsync(sameName);
        Assert.Contains("Danh mục đã có đơn vị mang tên “Đơn vị A”", refused.QuerySelector(".error-box")!.TextContent);
        Assert.Equal("ĐƠN VỊ  a", refused.QuerySelector($"li[data-unit-key='{_unknownKey}'] input[name=Name]")!.GetAttribute("value"));

        var gone = await _staff.PostFormAsync($"{Page}/khop", Fields(("Key", "khong co ten nay"), ("UnitId", "don-vi-a")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, gone.StatusCode);
        Assert.Contains("không còn trong danh sách chưa khớp", (await PortalFactory.ParseAsync(gone)).QuerySelector(".error-box")!.TextContent);

        Assert.Equal([null, null], await UnitsOfUnknownNameAsync());
    }

    [Fact]
    public async Task Matching_again_links_names_of_units_added_to_the_directory_since()
    {
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("INSERT INTO units (id, name) VALUES ('vh-yen-thanh', @name)", new { name = AwardStatisticsFixture.UnknownUnit });
        }

        var rematched = await _staff.PostFormAsync($"{Page}/khop-lai", []);

        Assert.Equal(HttpStatusCode.Redirect, rematched.StatusCode);
        Assert.Equal(["vh-yen-thanh", "vh-yen-thanh"], await UnitsOfUnknownNameAsync());
        Assert.Contains("2 dòng khen thưởng đã được gắn với đơn vị", (await _staff.GetDocumentAsync(Page)).QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task Only_staff_and_administrators_may_link_names()
    {
        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        UsersAdminTests.AssertRefused(await editor.GetAsync(Page), "the list");
        var token = await editor.TokenFromAsync(editor.TokenPage);
        var post = await editor.Http.PostAsync($"{Page}/khop", new FormUrlEncodedContent(
            Fields(("Key", _unknownKey), ("UnitId", "don-vi-a"), (AdminClient.TokenField, token))));
        UsersAdminTests.AssertRefused(post, "a link");
        Assert.Equal([null, null], await UnitsOfUnknownNameAsync());

        using var stranger = AdminClient.Anonymous(_site);
        var redirected = await stranger.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith(AdminClient.LoginPath, redirected.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("Tên đơn vị chưa khớp", (await editor.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent);
        Assert.Contains("Tên đơn vị chưa khớp", (await _staff.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent);
    }
}
