using System.Net;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using static EmulationPortal.FunctionalTests.Awards.AwardRegisterTests;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary><c>/api/awards</c> and <c>/api/units/{slug}</c>: the shapes the README documents, and their refusals.</summary>
public sealed class AwardsApiControllerTests(AwardSite fixture) : IClassFixture<AwardSite>
{
    private readonly PortalFactory _site = fixture.Site;

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_awards_API_answers_lines_with_their_decision_unit_and_revocation_and_facets()
    {
        var json = await GetJsonAsync("/api/awards?q=tran%20van%20binh");

        Assert.Equal(2, (int)json["total"]!);
        Assert.Equal(1, (int)json["revoked"]!);
        Assert.Equal(1, (int)json["page"]!);
        var items = json["items"]!.AsArray();
        var first = items[0]!;
        Assert.Equal("qd-2025", (string)first["decision"]!["id"]!);
        Assert.Equal("25/QĐ-UBND", (string)first["decision"]!["number"]!);
        Assert.Equal("2026-03-20", (string)first["decision"]!["date"]!);
        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync((string)first["decision"]!["url"]!)).StatusCode);
        Assert.Equal(2025, (int)first["year"]!);
        Assert.Equal("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", (string)first["kind"]!);
        Assert.Equal("BoNganhTinh", (string)first["level"]!);
        Assert.Equal("Individual", (string)first["recipientType"]!);
        Assert.Equal("Trần Văn Bình", (string)first["recipient"]!);
        Assert.Equal("tk-do-luong", (string)first["unit"]!["slug"]!);
        Assert.Equal("Thống kê cơ sở Đô Lương", (string)first["unit"]!["name"]!);
        Assert.Equal(TestRecipes.ClusterId, (string)first["cluster"]!);
        Assert.Null(first["revoked"]);
        Assert.Equal("99/QĐ-UBND", (string)items[1]!["revoked"]!["number"]!);
        Assert.Equal("qd-thu-hoi", (string)items[1]!["revoked"]!["id"]!);
        Assert.Equal(1, (int)json["facets"]!["year"]!["2025"]!);
        Assert.Equal(1, (int)json["facets"]!["kind"]!["bang-khen-chu-tich-tinh"]!);
        Assert.Equal(1, (int)json["facets"]!["cluster"]![TestRecipes.ClusterId]!);
    }

    [Fact]
    public async Task An_unknown_line_unit_is_null_and_its_written_unit_is_kept()
    {
        var item = (await GetJsonAsync("/api/awards?q=le%20van%20cuong"))["items"]![0]!;

        Assert.Null(item["unit"]);
        Assert.Equal("Phòng không có trong danh bạ", (string)item["unitText"]!);
        Assert.Equal("Bằng khen hạng đặc biệt", (string)item["kind"]!);
        Assert.Null(item["level"]);
    }

    [Theory]
    [InlineData("year=abc", "year", "Năm thi đua “abc” không hợp lệ")]
    [InlineData("from=2026&to=2020", "from", "Từ năm 2026 đứng sau đến năm 2020.")]
    [InlineData("recipientType=Nhom", "recipientType", "Đối tượng “Nhom” không có")]
    [InlineData("cluster=khong-co", "cluster", "Không có cụm, khối thi đua “khong-co”.")]
    [InlineData("page=-1", "page", "Trang “-1” không hợp lệ")]
    public async Task A_parameter_that_does_not_read_is_a_400_problem_with_a_Vietnamese_detail(string query, string parameter, string message)
    {
        // The same address without the parameter is cached first: a bad value must never be served that answer.
        await GetJsonAsync("/api/awards");

        var response = await _site.CreateClient().GetAsync("/api/awards?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Contains(message, (string)problem["detail"]!);
        Assert.Contains(message, (string)problem["errors"]![parameter]![0]!);
    }

    [Fact]
    public async Task The_unit_API_answers_the_unit_its_years_in_clusters_and_its_awards()
    {
        var json = await GetJsonAsync("/api/units/tk-do-luong");

        Assert.Equal("tk-do-luong", (string)json["slug"]!);
        Assert.Equal("Thống kê cơ sở Đô Lương", (string)json["name"]!);
        var term = Assert.Single(json["terms"]!.AsArray())!;
        Assert.Equal((2025, TestRecipes.ClusterId, "Deputy"), ((int)term["year"]!, (string)term["cluster"]!, (string)term["role"]!));
        Assert.Equal([("qd-2025", false), ("qd-2024", true)],
            json["awards"]!.AsArray().Select(a => ((string)a!["decision"]!["id"]!, a["revoked"] is not null)));
        Assert.Equal(["Leader", "Member"], (await GetJsonAsync("/api/units/don-vi-a"))["terms"]!.AsArray().Select(t => (string)t!["role"]!));
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404_problem()
    {
        var response = await _site.CreateClient().GetAsync("/api/units/khong-co-don-vi-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Không có đơn vị “khong-co-don-vi-nay”.", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
    }

    [Fact]
    public async Task Answers_are_cached_like_pages_until_a_decision_is_published()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var client = site.CreateClient();
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Decision("qd-mot", "Published", [Award("Giấy khen", "Individual", "Hồ Thị Mới", "Đơn vị A")]))));
        await site.ChangeFeedSettledAsync();
        var before = await client.GetAsync("/api/awards?q=ho%20thi%20moi");
        var unitBefore = await client.GetAsync("/api/units/don-vi-a");
        Assert.NotNull(before.Headers.ETag);
        var revalidated = new HttpRequestMessage(HttpMethod.Get, "/api/awards?q=ho%20thi%20moi");
        revalidated.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidated)).StatusCode);

        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Decision("qd-mot", "Published", [Award("Giấy khen", "Individual", "Hồ Thị Mới", "Đơn vị A")]),
            Decision("qd-hai", "Published", [Award("Lao động tiên tiến", "Individual", "Hồ Thị Mới", "Đơn vị A")], year: 2025))));
        await site.ChangeFeedSettledAsync();

        Assert.Equal(1, (int)JsonNode.Parse(await before.Content.ReadAsStringAsync())!["total"]!);
        Assert.Equal(2, (int)JsonNode.Parse(await client.GetStringAsync("/api/awards?q=ho%20thi%20moi"))!["total"]!);
        Assert.Single(JsonNode.Parse(await unitBefore.Content.ReadAsStringAsync())!["awards"]!.AsArray());
        Assert.Equal(2, JsonNode.Parse(await client.GetStringAsync("/api/units/don-vi-a"))!["awards"]!.AsArray().Count);
    }
}
