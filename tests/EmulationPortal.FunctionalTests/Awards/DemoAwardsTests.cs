using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Awards;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>
/// The demo's award decisions against the setup recipe's catalogue and the demo's directory: every line is in the
/// register under a kind, older names of units find them, people's runs of titles and the revocation show.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class DemoAwardsTests(DemoSite site)
{
    private sealed class Row
    {
        public string ItemId { get; init; } = "";
        public int Line { get; init; }
        public int Year { get; init; }
        public string ClusterId { get; init; } = "";
        public string KindText { get; init; } = "";
        public string? KindId { get; init; }
        public string Recipient { get; init; } = "";
        public string? UnitName { get; init; }
        public string? UnitId { get; init; }
        public string? RevokedBy { get; init; }
    }

    private async Task<List<Row>> RegisterAsync()
    {
        await using var connection = await site.OpenDatabaseAsync();
        return (await connection.QueryAsync<Row>("""
            SELECT item_id AS ItemId, line AS Line, year AS Year, cluster_id AS ClusterId, kind_text AS KindText, kind_id AS KindId,
                recipient AS Recipient, unit_name AS UnitName, unit_id AS UnitId, revoked_by AS RevokedBy
            FROM award_lines ORDER BY item_id, line
            """)).AsList();
    }

    [Fact]
    public async Task Every_award_line_of_the_demo_is_in_the_register_under_a_kind_of_the_catalogue()
    {
        var register = await RegisterAsync();
        var decisions = DemoRecipe.Items("AwardDecision").ToList();

        Assert.Equal(decisions.Sum(d => d["awards"]?.AsArray().Count ?? 0), register.Count);
        Assert.True(register.Count >= 300, $"the demo holds {register.Count} award lines");
        Assert.Empty(register.Where(r => r.KindId is null).Select(r => r.KindText).Distinct());
        // Several years, and kinds of every level: the look-up and the statistics have something to show.
        Assert.Equal([2021, 2022, 2023, 2024, 2025], register.Select(r => r.Year).Distinct().Order());
        Assert.Contains("huan-chuong-lao-dong-hang-ba", register.Select(r => r.KindId));
        Assert.Contains("bang-khen-thu-tuong", register.Select(r => r.KindId));
        Assert.Contains("giay-khen-chu-tich-ubnd-xa", register.Select(r => r.KindId));
    }

    [Theory]
    [InlineData("Chi cục Thống kê huyện Đô Lương", "tk-do-luong")]
    [InlineData("Chi cục Thống kê thị xã Hoàng Mai", "tk-hoang-mai")]
    [InlineData("Bộ CHQS tỉnh Nghệ An", "bo-chqs-nghe-an")]
    [InlineData("Viện KSND tỉnh Nghệ An", "vien-kiem-sat-nghe-an")]
    [InlineData("Cục Thi hành án dân sự tỉnh Nghệ An", "thi-hanh-an-nghe-an")]
    [InlineData("Hội VHNT tỉnh Thanh Hóa", "hoi-van-hoc-nghe-thuat-thanh-hoa")]
    [InlineData("UBND xã Kim Tân", "xa-kim-tan")]
    [InlineData("Hội Khuyến học tỉnh Thanh Hoá", "hoi-khuyen-hoc-thanh-hoa")]
    public async Task Units_written_under_older_or_shorter_names_are_linked(string written, string unitId)
    {
        var lines = (await RegisterAsync()).Where(r => r.UnitName == written).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(unitId, line.UnitId));
    }

    [Fact]
    public async Task Units_the_directory_lacks_stay_unlinked_for_staff()
    {
        var unlinked = (await RegisterAsync()).Where(r => r.UnitId is null).Select(r => r.UnitName).Distinct().ToList();

        Assert.Contains("Ban CHQS huyện Nghi Lộc", unlinked);
        Assert.Contains("Công an huyện Quỳnh Lưu", unlinked);
        Assert.Contains("Hội Khuyến học huyện Nga Sơn", unlinked);
    }

    [Fact]
    public async Task A_linked_unit_is_a_member_of_the_decisions_cluster_in_its_year()
    {
        var members = DemoRecipe.Clusters.SelectMany(c => c["terms"]!.AsArray().SelectMany(t =>
            t!["members"]!.AsArray().Select(m => ((string)c["id"]!, (int)t["year"]!, (string)m!)))).ToHashSet();

        Assert.All((await RegisterAsync()).Where(r => r.UnitId is not null),
            line => Assert.Contains((line.ClusterId, line.Year, line.UnitId!), members));
    }

    [Theory]
    [InlineData("Hoàng Thị Thu Trang", "tk-do-luong", new[] { 2023, 2024, 2025 })]
    [InlineData("Cao Xuân Hòa", "tk-tan-ky", new[] { 2021, 2022, 2023, 2024 })]
    [InlineData("Nguyễn Thị Hoa", "tk-hoang-mai", new[] { 2023, 2024, 2025 })]
    [InlineData("Lê Thị Hải Yến", "tk-anh-son", new[] { 2022, 2023, 2025 })]
    public async Task The_same_people_come_back_year_after_year(string person, string unitId, int[] years)
    {
        var key = NameKey.Of(person);
        var lines = (await RegisterAsync()).Where(r => NameKey.Of(r.Recipient) == key && r.UnitId == unitId && r.KindId == "chien-si-thi-dua-co-so");

        Assert.Equal(years, lines.Select(l => l.Year).Order());
    }

    [Fact]
    public async Task The_later_decision_revokes_one_line_of_the_blocs_2023_decision()
    {
        var revoking = DemoRecipe.Items("AwardDecision").Single(d => d["revokes"] is JsonArray);
        var revokes = revoking["revokes"]!.AsArray().Single()!;
        var revokedId = (string)revokes["decision"]!;
        var line = (int)revokes["lines"]!.AsArray().Single()!;

        var revoked = (await RegisterAsync()).Where(r => r.ItemId == revokedId).ToList();

        Assert.Equal("Trần Văn Nhật", revoked.Single(r => r.Line == line).Recipient);
        Assert.Equal([(string?)revoking["id"]], revoked.Where(r => r.RevokedBy is not null).Select(r => r.RevokedBy));
        Assert.Single(revoked, r => r.RevokedBy is not null);
    }

    [Theory]
    [InlineData("Bloc", "Khối trưởng", "Khối phó")]
    [InlineData("Cluster", "Cụm trưởng", "Cụm phó")]
    public async Task A_unit_page_names_the_leader_and_deputy_as_its_bloc_or_cluster_calls_them(string kind, string leader, string deputy)
    {
        List<(string Unit, int Year, string Role)> heads;
        await using (var connection = await site.OpenDatabaseAsync())
        {
            heads = (await connection.QueryAsync<(string, int, string)>("""
                SELECT t.leader_unit_id, t.year, 'leader' FROM cluster_terms t JOIN clusters c ON c.id = t.cluster_id
                WHERE c.kind = @kind AND t.leader_unit_id IS NOT NULL
                UNION ALL
                SELECT t.deputy_unit_id, t.year, 'deputy' FROM cluster_terms t JOIN clusters c ON c.id = t.cluster_id
                WHERE c.kind = @kind AND t.deputy_unit_id IS NOT NULL
                """, new { kind })).AsList();
        }
        Assert.Contains(heads, h => h.Role == "leader");
        Assert.Contains(heads, h => h.Role == "deputy");

        foreach (var (unit, year, role) in heads)
        {
            var page = await site.GetDocumentAsync($"/don-vi/{unit}");
            var cells = page.QuerySelectorAll("table.unit-terms tbody tr")
                .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
                .Where(c => c[0] == year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Contains(cells, c => c[2] == (role == "leader" ? leader : deputy));
        }
    }

    [Fact]
    public async Task A_decision_s_award_list_heads_each_column_with_what_its_cells_hold_in_the_register_s_words()
    {
        var line = (await site.Service<EmulationPortal.Awards.Services.AwardLookup>().FindAsync(new EmulationPortal.Awards.Models.AwardFilter())).Items[0];

        var page = await site.GetDocumentAsync(line.Decision.Url);

        // One table per award, under a heading with the award's name and its count.
        var rows = new List<List<string>>();
        foreach (var kind in page.QuerySelectorAll("h3.award-kind"))
        {
            var table = kind.NextElementSibling!.QuerySelector("table.awards")!;
            Assert.Equal(["Tập thể, cá nhân", "Tên tập thể, cá nhân", "Đơn vị"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
            var cellsOfRows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
            Assert.Matches($@"^\S.* \({cellsOfRows.Count}\)$", kind.TextContent.Trim());
            rows.AddRange(cellsOfRows);
        }
        Assert.Equal(page.QuerySelectorAll("table.awards tbody tr").Length, rows.Count);
        Assert.All(rows, cells => Assert.Contains(cells[0], new[] { "Tập thể", "Cá nhân" }));
        Assert.Contains(rows, cells => cells[1].StartsWith(line.Recipient, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_facet_lists_the_values_with_the_most_awards_and_says_how_many_more_the_filter_holds()
    {
        var result = await site.Service<EmulationPortal.Awards.Services.AwardLookup>().FindAsync(new EmulationPortal.Awards.Models.AwardFilter());
        var kinds = result.Facets["kind"];
        Assert.True(kinds.Count > EmulationPortal.Awards.Models.AwardLookupPage.MostFacetValues, "The demo awards more kinds than a facet lists.");

        var page = await site.GetDocumentAsync("/khen-thuong");

        var facet = page.QuerySelectorAll("section.facet").Single(f => f.QuerySelector("h2")!.TextContent == "Hình thức khen thưởng");
        var listed = facet.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(kinds.OrderByDescending(k => k.Count).Take(EmulationPortal.Awards.Models.AwardLookupPage.MostFacetValues).Select(k => k.Label), listed);
        Assert.Contains($"và {kinds.Count - listed.Count} mục khác", facet.TextContent);
        // The filter above still offers every kind of the catalogue.
        Assert.True(page.QuerySelectorAll("select[name=hinh-thuc] option").Length > listed.Count);
    }
}
