using System.Net;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>A unit's page, and the links that lead to it from cluster and decision pages.</summary>
public sealed class UnitsControllerTests(AwardSite fixture) : IClassFixture<AwardSite>
{
    private readonly PortalFactory _site = fixture.Site;

    [Fact]
    public async Task A_unit_page_shows_its_clusters_by_year_its_awards_by_year_its_streaks_and_its_clusters_news()
    {
        var page = await _site.GetDocumentAsync("/don-vi/don-vi-a");

        Assert.Equal("Đơn vị A", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2025 Cụm thi đua thử nghiệm Cụm trưởng", "2024 Cụm thi đua thử nghiệm Thành viên"],
            page.QuerySelectorAll("table.unit-terms tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()))));
        Assert.Equal("/cum-thi-dua/" + TestRecipes.ClusterSlug, page.QuerySelector("table.unit-terms a")!.GetAttribute("href"));
        Assert.Equal(["Năm thi đua 2025", "Năm thi đua 2024", "Năm thi đua 2023", "Năm thi đua 2022"],
            page.QuerySelectorAll(".unit-year h3").Select(h => h.TextContent));
        Assert.Contains("Chiến sĩ thi đua cơ sở: 2023, 2024, 2025 — 3 năm liên tục", page.QuerySelector(".streaks")!.TextContent);
        var revoked = Assert.Single(page.QuerySelectorAll("tr.revoked"));
        Assert.Contains("Phạm Thị Dung", revoked.TextContent);
        Assert.Equal("Hội nghị ký kết giao ước thi đua năm 2025", page.QuerySelector(".cards .card-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_commune_s_collective_awards_are_on_its_page_however_the_decisions_spelt_it()
    {
        var page = await _site.GetDocumentAsync("/don-vi/xa-hanh-lam");

        Assert.Equal(new[] { "UBND xã Hạnh Lâm", "Ủy ban nhân dân  xã Hạnh Lâm" }.Order(),
            page.QuerySelectorAll("table.award-lines .award-recipient").Select(r => r.TextContent).Order());
        Assert.Contains("Cờ thi đua của Ủy ban nhân dân tỉnh: 2023, 2024 — 2 năm liên tục", page.QuerySelector(".streaks")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_unit_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("/don-vi/khong-co-don-vi-nay")).StatusCode);
    }

    [Fact]
    public async Task A_cluster_page_links_its_members_to_their_unit_pages()
    {
        var page = await _site.GetDocumentAsync("/cum-thi-dua/" + TestRecipes.ClusterSlug);

        Assert.Equal(["/don-vi/don-vi-a", "/don-vi/tk-do-luong", "/don-vi/xa-hanh-lam"],
            page.QuerySelectorAll(".term")[0].QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!).Order());
    }
}
