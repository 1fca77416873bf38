using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>The look-up's one query object over the register, on the engine the run chose.</summary>
public sealed class AwardLookupTests(AwardSite fixture) : IClassFixture<AwardSite>
{
    private readonly AwardLookup _lookup = fixture.Site.Service<AwardLookup>();

    private async Task<AwardLookupResult> FindAsync(AwardFilterText text)
    {
        var (filter, errors) = await _lookup.ParseAsync(text);
        Assert.Empty(errors);
        return await _lookup.FindAsync(filter!);
    }

    [Theory]
    [InlineData("nguyen thi hoa")]
    [InlineData("NGUYEN THI H")]
    [InlineData("thị hoa")]
    public async Task A_name_typed_without_diacritics_or_in_part_finds_the_person_however_decisions_spelt_it(string name)
    {
        var result = await FindAsync(new AwardFilterText(Name: name));

        Assert.Equal(3, result.Total);
        Assert.Equal(["NGUYỄN THỊ HOA", "Nguyễn Thị Hoa", "Nguyễn Thị Hoa"], result.Items.Select(l => l.Recipient));
        Assert.All(result.Items, l => Assert.Equal("don-vi-a", l.Unit?.Id));
    }

    [Theory]
    [InlineData("thong ke co so", "Trần Văn Bình")]
    [InlineData("do luong", "Trần Văn Bình")]
    [InlineData("hanh lam", "UBND xã Hạnh Lâm")]
    public async Task A_name_finds_lines_by_their_unit_too(string name, string recipient)
    {
        var result = await FindAsync(new AwardFilterText(Name: name));

        Assert.Equal(2, result.Total);
        Assert.Contains(result.Items, l => l.Recipient == recipient);
    }

    [Theory]
    [InlineData(null, null, null, null, null, null, null, null, AwardSite.Lines)]
    [InlineData("2024", null, null, null, null, null, null, null, 3)]
    [InlineData(null, "2023", "2024", null, null, null, null, null, 5)]
    [InlineData(null, null, null, "co-thi-dua-tinh", null, null, null, null, 2)]
    [InlineData(null, null, null, "Bằng khen hạng ĐẶC BIỆT", null, null, null, null, 1)]
    [InlineData(null, null, null, null, "CoSo", null, null, null, 5)]
    [InlineData(null, null, null, null, null, TestRecipes.ClusterSlug, null, null, AwardSite.Lines)]
    [InlineData(null, null, null, null, null, TestRecipes.ClusterId, "tk-do-luong", null, 2)]
    [InlineData(null, null, null, null, null, null, null, "Collective", 2)]
    [InlineData(null, "2025", null, null, "BoNganhTinh", null, "tk-do-luong", "Individual", 1)]
    public async Task Each_filter_narrows_the_register_and_the_facets_count_what_it_found(string? year, string? from, string? to, string? kind,
        string? level, string? cluster, string? unit, string? recipientType, int expected)
    {
        var result = await FindAsync(new AwardFilterText(null, year, from, to, kind, level, cluster, unit, recipientType));

        Assert.Equal(expected, result.Total);
        Assert.Equal(Math.Min(expected, AwardFilter.PageSize), result.Items.Count);
        // Revoked lines are listed but not counted: every facet but the level sums to the lines in force.
        var inForce = result.Total - result.Revoked;
        foreach (var facet in new[] { "year", "kind", "cluster", "recipientType" })
        {
            Assert.Equal(inForce, result.Facets[facet].Sum(f => f.Count));
        }
        Assert.Equal(inForce - result.Items.Count(l => l.Level is null && l.RevokedBy is null), result.Facets["level"].Sum(f => f.Count));
    }

    [Fact]
    public async Task Revoked_lines_are_listed_with_the_revoking_decision_and_left_out_of_the_counts()
    {
        var result = await FindAsync(new AwardFilterText());

        Assert.Equal(AwardSite.RevokedLines, result.Revoked);
        var revoked = result.Items.Where(l => l.RevokedBy is not null).ToList();
        Assert.Equal([("Trần Văn Bình", 2024), ("Phạm Thị Dung", 2022)], revoked.Select(l => (l.Recipient, l.Year)));
        Assert.All(revoked, l => Assert.Equal("99/QĐ-UBND", l.RevokedBy!.Number));
        Assert.Equal([("2025", 3), ("2024", 2), ("2023", 2)], result.Facets["year"].Select(f => (f.Value, f.Count)));
        Assert.Equal("Cờ thi đua của Ủy ban nhân dân tỉnh", result.Facets["kind"].Single(f => f.Value == "co-thi-dua-tinh").Label);
        Assert.Contains(result.Facets["kind"], f => f.Value == "Bằng khen hạng đặc biệt" && f.Count == 1);
    }

    [Fact]
    public async Task The_streaks_of_the_people_and_units_found_are_their_consecutive_years_of_one_kind()
    {
        var person = await FindAsync(new AwardFilterText(Name: "nguyen thi hoa"));
        var unit = await FindAsync(new AwardFilterText(RecipientType: "Collective"));

        Assert.Equal(["Chiến sĩ thi đua cơ sở: 2023, 2024, 2025 — 3 năm liên tục"], person.Streaks.Select(s => s.Describe()));
        Assert.Equal("Nguyễn Thị Hoa (Đơn vị A)", person.Streaks[0].SubjectName);
        var committee = Assert.Single(unit.Streaks);
        Assert.Equal(("Ủy ban nhân dân xã Hạnh Lâm", "Cờ thi đua của Ủy ban nhân dân tỉnh: 2023, 2024 — 2 năm liên tục"), (committee.SubjectName, committee.Describe()));
    }

    [Theory]
    [InlineData("year", "năm ngoái")]
    [InlineData("page", "0")]
    [InlineData("level", "TinhUy")]
    [InlineData("recipientType", "Nhóm")]
    [InlineData("cluster", "cum-khong-co")]
    [InlineData("unit", "don-vi-khong-co")]
    public async Task A_filter_that_does_not_read_is_refused_with_a_Vietnamese_message(string parameter, string value)
    {
        var text = parameter switch
        {
            "year" => new AwardFilterText(Year: value),
            "page" => new AwardFilterText(Page: value),
            "level" => new AwardFilterText(Level: value),
            "recipientType" => new AwardFilterText(RecipientType: value),
            "cluster" => new AwardFilterText(Cluster: value),
            _ => new AwardFilterText(Unit: value),
        };

        var (filter, errors) = await _lookup.ParseAsync(text);

        Assert.Null(filter);
        var error = Assert.Single(errors);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public async Task A_year_range_that_ends_before_it_starts_is_refused()
    {
        var (filter, errors) = await _lookup.ParseAsync(new AwardFilterText(From: "2025", To: "2020"));

        Assert.Null(filter);
        Assert.Equal("Từ năm 2025 đứng sau đến năm 2020.", Assert.Single(errors).Message);
    }

    // The page filters the register's copy in memory and the export filters it in SQL: the two must agree on every filter.
    [Theory]
    [InlineData(null, null, null, null, null, null, null, null)]
    [InlineData("nguyen thi h", null, null, null, null, null, null, null)]
    [InlineData("do luong", null, "2024", "2025", null, null, null, null)]
    [InlineData(null, "2024", null, null, null, null, null, null)]
    [InlineData(null, null, null, null, "Bằng khen hạng đặc biệt", null, null, null)]
    [InlineData(null, null, null, null, "chien-si-thi-dua-co-so", null, null, "Individual")]
    [InlineData(null, null, null, null, null, "BoNganhTinh", null, null)]
    [InlineData(null, null, null, null, null, "CoSo", "don-vi-a", null)]
    [InlineData("hanh lam", null, null, null, null, null, null, "Collective")]
    public async Task The_page_and_the_export_find_the_same_lines_for_every_filter(string? name, string? year, string? from, string? to,
        string? kind, string? level, string? unit, string? recipientType)
    {
        var (filter, errors) = await _lookup.ParseAsync(new AwardFilterText(name, year, from, to, kind, level, null, unit, recipientType));
        Assert.Empty(errors);

        var page = await _lookup.FindAsync(filter!);
        var exported = await _lookup.ExportAsync(filter!);

        Assert.NotEmpty(exported);
        Assert.Equal(exported.Count, page.Total);
        Assert.Equal(exported.Count(l => l.RevokedBy is not null), page.Revoked);
        Assert.Equal(exported.Take(AwardFilter.PageSize).Select(l => (l.Decision.Id, l.Line)), page.Items.Select(l => (l.Decision.Id, l.Line)));
        Assert.Equal(exported.Count(l => l.RevokedBy is null), page.Facets["year"].Sum(f => f.Count));
    }
}
