using System.Net;
using System.Text;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>The statistics page and its CSV downloads, as a reader's browser gets them.</summary>
public sealed class StatisticsControllerTests : IAsyncLifetime
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        await AwardStatisticsFixture.ImportAsync(_site);
        await _site.ChangeFeedSettledAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_page_draws_each_chart_as_an_image_with_its_numbers_in_a_table_and_a_CSV_link_keeping_the_filter()
    {
        var page = await _site.GetDocumentAsync($"/thong-ke?tu-nam=2023&den-nam=2025&cum={TestRecipes.ClusterSlug}");

        var charts = page.QuerySelectorAll("section.chart-card");
        Assert.Equal(4, charts.Length);
        foreach (var chart in charts)
        {
            var svg = chart.QuerySelector("svg.chart")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.NotNull(chart.QuerySelector("table.chart-table"));
            Assert.Null(chart.QuerySelector("[style]"));
            var csv = chart.QuerySelector("a.download")!.GetAttribute("href")!;
            Assert.Equal($"/thong-ke/{chart.Id}.csv?tu-nam=2023&den-nam=2025&cum={TestRecipes.ClusterSlug}", csv);
        }
        Assert.Contains("Tổng cộng 6 lượt khen thưởng", page.QuerySelector(".result-count")!.TextContent);
        var byYear = page.QuerySelector("#theo-nam table")!;
        Assert.Equal(["2023 4", "2024 0", "2025 2"], byYear.QuerySelectorAll("tbody tr").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent.Trim()))));
        Assert.True(page.QuerySelector($"select[name=cum] option[value={TestRecipes.ClusterSlug}]")!.HasAttribute("selected"));
    }

    [Fact]
    public async Task Each_chart_downloads_as_CSV_in_UTF_8_with_a_byte_order_mark_and_an_unknown_chart_is_not_found()
    {
        var client = _site.CreateClient();

        var response = await client.GetAsync("/thong-ke/theo-nam-va-cap.csv?tu-nam=2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("thong-ke-theo-nam-va-cap.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "Năm thi đua,Nhà nước,Chính phủ,\"Bộ, ngành, tỉnh\",Cơ sở,Tổng\r\n2024,0,0,0,2,2\r\n2025,0,0,0,2,2\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/thong-ke/khong-co.csv")).StatusCode);
    }

    [Fact]
    public async Task Years_the_wrong_way_round_and_an_unknown_cluster_are_read_leniently_and_the_page_says_so()
    {
        var page = await _site.GetDocumentAsync("/thong-ke?tu-nam=2025&den-nam=2024&cum=khong-co");

        var notes = page.QuerySelectorAll(".stats-note").Select(n => n.TextContent).ToList();
        Assert.Contains("Năm bắt đầu sau năm kết thúc: đã thống kê từ năm 2024 đến năm 2025.", notes);
        Assert.Contains("Không tìm thấy cụm, khối thi đua đã chọn: đang thống kê tất cả các cụm, khối.", notes);
        Assert.Contains("Tổng cộng 4 lượt khen thưởng", page.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task The_page_is_cached_for_readers_linked_from_the_navigation_and_says_when_there_is_nothing_to_count()
    {
        var client = _site.CreateClient();
        (await client.GetAsync("/thong-ke")).EnsureSuccessStatusCode();
        Assert.NotNull((await client.GetAsync("/thong-ke")).Headers.Age);

        var home = await _site.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector(".site-nav a[href='/thong-ke']"));

        var empty = await _site.GetDocumentAsync("/thong-ke?tu-nam=2030");
        Assert.Empty(empty.QuerySelectorAll("svg.chart"));
        Assert.Contains("Chưa có khen thưởng nào phù hợp", empty.QuerySelector(".empty")!.TextContent);
    }
}
