using Dapper;
using EmulationPortal.Awards.Services;
using EmulationPortal.Awards.Services.Charts;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>Every chart counts exactly the register's awards: published, not revoked, within the filter.</summary>
public sealed class AwardStatisticsTests : IAsyncLifetime
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public Task InitializeAsync() => AwardStatisticsFixture.ImportAsync(_site);

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private Task<StatisticsReport> ReportAsync(StatisticsFilter filter) => _site.Service<AwardStatistics>().BuildAsync(filter);

    private static ChartData Chart(StatisticsReport report, string slug) => report.Charts.Single(c => c.Slug == slug).Data;

    private static Dictionary<string, int> Counts(ChartData chart) =>
        chart.Categories.Select((category, i) => (category, total: chart.Total(i))).ToDictionary(c => c.category, c => c.total);

    /// <summary>The register's own count of awards standing, by a column, straight from its table.</summary>
    private async Task<Dictionary<string, int>> RegisterAsync(string column, string where = "1 = 1", object? parameters = null)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.QueryAsync<(string Key, int Count)>(
            $"SELECT CAST({column} AS TEXT), COUNT(*) FROM award_lines WHERE revoked_by IS NULL AND {column} IS NOT NULL AND {where} GROUP BY {column}", parameters))
            .ToDictionary(r => r.Key, r => r.Count);
    }

    [Fact]
    public async Task The_sums_of_every_chart_are_the_register_s_counts_without_revoked_lines_or_drafts()
    {
        var report = await ReportAsync(new StatisticsFilter(null, null, null));

        Assert.Equal(AwardStatisticsFixture.Counted, report.Total);
        Assert.Equal([2023, 2024, 2025], report.Years);
        foreach (var slug in new[] { AwardStatistics.ByYearAndLevel, AwardStatistics.ByYear, AwardStatistics.ByCluster })
        {
            Assert.Equal(AwardStatisticsFixture.Counted, Chart(report, slug).GrandTotal);
        }
        var byYear = await RegisterAsync("year");
        Assert.Equal(byYear, Counts(Chart(report, AwardStatistics.ByYear)));
        Assert.Equal(byYear, Counts(Chart(report, AwardStatistics.ByYearAndLevel)));
        Assert.Equal(new Dictionary<string, int> { ["2023"] = 4, ["2024"] = 2, ["2025"] = 2 }, byYear);
        var byCluster = await RegisterAsync("cluster_id");
        Assert.Equal(new Dictionary<string, int> { ["Cụm thi đua thử nghiệm"] = byCluster[TestRecipes.ClusterId], ["Cụm thi đua số hai"] = byCluster[AwardStatisticsFixture.SecondClusterId] },
            Counts(Chart(report, AwardStatistics.ByCluster)));
        var byUnit = await RegisterAsync("unit_id");
        Assert.Equal(new Dictionary<string, int> { ["Đơn vị A"] = byUnit["don-vi-a"], ["Đơn vị B"] = byUnit["don-vi-b"] }, Counts(Chart(report, AwardStatistics.TopUnits)));
        Assert.Equal(["Đơn vị A", "Đơn vị B"], Chart(report, AwardStatistics.TopUnits).Categories);
    }

    [Fact]
    public async Task Levels_come_from_the_catalogue_and_kinds_it_does_not_know_are_counted_apart()
    {
        var chart = Chart(await ReportAsync(new StatisticsFilter(null, null, null)), AwardStatistics.ByYearAndLevel);

        Assert.Equal(["Nhà nước", "Chính phủ", "Bộ, ngành, tỉnh", "Cơ sở", "Chưa phân loại"], chart.Series.Select(s => s.Name));
        Assert.Equal(["2023", "2024", "2025"], chart.Categories);
        Assert.Equal([0, 0, 0], chart.Series[0].Values);
        Assert.Equal([1, 0, 0], chart.Series[1].Values);
        Assert.Equal([2, 0, 0], chart.Series[2].Values);
        // 2024: two lines of three stand, one revoked by qd-2025.
        Assert.Equal([0, 2, 2], chart.Series[3].Values);
        Assert.Equal([1, 0, 0], chart.Series[4].Values);
    }

    [Fact]
    public async Task Filters_by_years_and_cluster_count_only_those_lines()
    {
        var years = await ReportAsync(new StatisticsFilter(2024, 2025, null));
        Assert.Equal(await RegisterAsync("year", "year BETWEEN 2024 AND 2025"), Counts(Chart(years, AwardStatistics.ByYear)));
        Assert.Equal(4, years.Total);
        // The filter offers every year of the register, not only the filtered ones.
        Assert.Equal([2023, 2024, 2025], years.Years);

        var cluster = await ReportAsync(new StatisticsFilter(null, null, AwardStatisticsFixture.SecondClusterId));
        Assert.Equal(2, cluster.Total);
        Assert.Equal(["2024"], Chart(cluster, AwardStatistics.ByYear).Categories);
        Assert.Equal(["Cụm thi đua số hai"], Chart(cluster, AwardStatistics.ByCluster).Categories);
        Assert.Equal(["Đơn vị B"], Chart(cluster, AwardStatistics.TopUnits).Categories);

        var none = await ReportAsync(new StatisticsFilter(2030, null, null));
        Assert.Equal(0, none.Total);
        Assert.All(none.Charts, chart => Assert.True(chart.Data.IsEmpty));
    }

    [Fact]
    public async Task Years_without_awards_between_two_that_have_some_are_counted_as_zero()
    {
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE award_lines SET year = 2021 WHERE item_id = 'qd-2023'");
        }

        var chart = Chart(await ReportAsync(new StatisticsFilter(null, null, null)), AwardStatistics.ByYear);

        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], chart.Categories);
        Assert.Equal([4, 0, 0, 2, 2], chart.Series.Single().Values);
    }
}
