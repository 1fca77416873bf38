using Dapper;
using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services.Charts;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using Group = (int Year, string? Level, string ClusterId, int Count);

namespace EmulationPortal.Awards.Services;

/// <summary>What the statistics count: award lines of these years (both ends included) and this cluster, when given.</summary>
public sealed record StatisticsFilter(int? From, int? To, string? ClusterId);

public enum ChartShape
{
    Columns,
    Line,
    Bars,
}

/// <summary>A chart of the statistics page, addressed by its slug (its CSV is <c>/thong-ke/{slug}.csv</c>).</summary>
public sealed record StatisticsChart(string Slug, ChartShape Shape, ChartData Data);

/// <param name="Years">Every year the register holds, for the filter (not only the filtered ones).</param>
public sealed record StatisticsReport(int Total, IReadOnlyList<int> Years, IReadOnlyList<StatisticsChart> Charts);

/// <summary>
/// Counts of the register for the statistics page: by year and level, by year, by cluster and the units
/// with the most awards. Revoked lines are not awards any more and are left out of every count.
/// </summary>
public sealed class AwardStatistics(IDbConnectionFactory connections, IClusterDirectory clusters, IUnitDirectory units)
{
    public const string ByYearAndLevel = "theo-nam-va-cap";
    public const string ByYear = "theo-nam";
    public const string ByCluster = "theo-cum";
    public const string TopUnits = "don-vi-dan-dau";

    public const int TopUnitCount = 10;

    private const string Unclassified = "Chưa phân loại";
    private const string Count = "Số lượt khen thưởng";

    public async Task<StatisticsReport> BuildAsync(StatisticsFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Where(filter);
        IReadOnlyList<int> years;
        List<Group> groups;
        List<(string UnitId, int Count)> top;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            years = (await connection.QueryAsync<int>(new CommandDefinition(
                "SELECT DISTINCT year FROM award_lines ORDER BY year", cancellationToken: cancellationToken))).AsList();
            // Grouped before the join: the catalogue is looked up once per group, not once per line.
            groups = (await connection.QueryAsync<Group>(new CommandDefinition($"""
                SELECT g.year, k.level, g.cluster_id, g.n
                FROM (SELECT year, kind_id, cluster_id, COUNT(*) AS n FROM award_lines WHERE {where} GROUP BY year, kind_id, cluster_id) g
                LEFT JOIN award_kinds k ON k.id = g.kind_id
                """, parameters, cancellationToken: cancellationToken))).AsList();
            top = (await connection.QueryAsync<(string, int)>(new CommandDefinition($"""
                SELECT unit_id, COUNT(*) AS n FROM award_lines WHERE {where} AND unit_id IS NOT NULL
                GROUP BY unit_id ORDER BY n DESC, unit_id LIMIT {TopUnitCount}
                """, parameters, cancellationToken: cancellationToken))).AsList();
        }
        var clusterNames = await clusters.AllAsync(cancellationToken);
        var unitNames = (await units.FindManyAsync(top.Select(t => t.UnitId).ToList(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return new StatisticsReport(groups.Sum(g => g.Count), years,
        [
            YearAndLevel(groups),
            Year(groups),
            Cluster(groups, clusterNames),
            new StatisticsChart(TopUnits, ChartShape.Bars, new ChartData(
                $"{TopUnitCount} đơn vị được khen thưởng nhiều nhất",
                "Số lượt khen thưởng của các đơn vị được khen thưởng nhiều nhất, kể cả cá nhân thuộc đơn vị, từ nhiều đến ít.",
                "Đơn vị", Count,
                top.Select(t => unitNames.GetValueOrDefault(t.UnitId, t.UnitId)).ToList(),
                [new ChartSeries(Count, top.Select(t => t.Count).ToList())])),
        ]);
    }

    /// <summary>
    /// The SQL condition of a filter over <c>award_lines</c>. Built from constant fragments with every value a
    /// parameter, so what a reader types never becomes SQL.
    /// </summary>
    private static (string Where, DynamicParameters Parameters) Where(StatisticsFilter filter)
    {
        var conditions = new List<string> { "revoked_by IS NULL" };
        var parameters = new DynamicParameters();
        if (filter.From is { } from)
        {
            conditions.Add("year >= @from");
            parameters.Add("from", from);
        }
        if (filter.To is { } to)
        {
            conditions.Add("year <= @to");
            parameters.Add("to", to);
        }
        if (filter.ClusterId is { } clusterId)
        {
            conditions.Add("cluster_id = @clusterId");
            parameters.Add("clusterId", clusterId);
        }
        return (string.Join(" AND ", conditions), parameters);
    }

    /// <summary>Every year from the first to the last counted, a year without awards as zero, so the line does not skip it.</summary>
    private static List<int> YearSpan(List<Group> groups) =>
        groups.Count == 0 ? [] : Enumerable.Range(groups.Min(g => g.Year), groups.Max(g => g.Year) - groups.Min(g => g.Year) + 1).ToList();

    private static List<string> Labels(List<int> years) => years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static StatisticsChart YearAndLevel(List<Group> groups)
    {
        var years = YearSpan(groups);
        var levels = Enum.GetValues<AwardLevel>().Select(level => (Key: (string?)level.ToString(), Name: AwardNames.Of(level))).ToList();
        // Kinds the catalogue does not know yet still count, under their own heading, so the sums stay the register's.
        if (groups.Any(g => g.Level is null))
        {
            levels.Add((null, Unclassified));
        }
        var series = levels.Select(level => new ChartSeries(level.Name,
            years.Select(year => groups.Where(g => g.Year == year && g.Level == level.Key).Sum(g => g.Count)).ToList())).ToList();
        return new StatisticsChart(ByYearAndLevel, ChartShape.Columns, new ChartData(
            "Khen thưởng theo năm thi đua và cấp khen thưởng",
            "Số lượt khen thưởng mỗi năm thi đua, chia theo cấp: Nhà nước, Chính phủ, Bộ, ngành, tỉnh và cơ sở; các cấp xếp chồng theo thứ tự chú thích, từ dưới lên.",
            "Năm thi đua", Count, Labels(years), series));
    }

    private static StatisticsChart Year(List<Group> groups)
    {
        var years = YearSpan(groups);
        return new StatisticsChart(ByYear, ChartShape.Line, new ChartData(
            "Số lượt khen thưởng qua các năm",
            "Tổng số lượt khen thưởng của mỗi năm thi đua, nối thành đường để thấy xu hướng tăng giảm.",
            "Năm thi đua", Count, Labels(years),
            [new ChartSeries(Count, years.Select(year => groups.Where(g => g.Year == year).Sum(g => g.Count)).ToList())]));
    }

    private static StatisticsChart Cluster(List<Group> groups,
        IReadOnlyDictionary<string, ClusterSummary> clusterNames)
    {
        var byCluster = groups.GroupBy(g => g.ClusterId)
            .Select(g => (Name: clusterNames.GetValueOrDefault(g.Key)?.Name ?? g.Key, Count: g.Sum(x => x.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new StatisticsChart(ByCluster, ChartShape.Bars, new ChartData(
            "Khen thưởng theo cụm, khối thi đua",
            "Số lượt khen thưởng trong các quyết định của mỗi cụm, khối thi đua, từ nhiều đến ít.",
            "Cụm, khối thi đua", Count, byCluster.Select(c => c.Name).ToList(),
            [new ChartSeries(Count, byCluster.Select(c => c.Count).ToList())]));
    }
}
