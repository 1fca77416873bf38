using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services.Charts;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using Group = (int Year, string? Level, string ClusterId, int Count);
using UnitGroup = (int Year, string ClusterId, string UnitId, int Count);

namespace EmulationPortal.Awards.Services;

/// <summary>What the statistics count: award lines of these years (both ends included) and this cluster, when given.</summary>
public sealed record StatisticsFilter(int? From, int? To, string? ClusterId)
{
    public bool Includes(int year, string clusterId) =>
        (From is null || year >= From) && (To is null || year <= To) && (ClusterId is null || clusterId == ClusterId);
}

public enum ChartShape
{
    Columns,
    Line,
    Bars,
}

/// <summary>A chart of the statistics page, addressed by its slug (its CSV is <c>/thong-ke/{slug}.csv</c>).</summary>
public sealed record StatisticsChart(string Slug, ChartShape Shape, ChartData Data);

/// <param name="Years">Every year with awards standing in the register, for the filter (not only the filtered ones).</param>
public sealed record StatisticsReport(int Total, IReadOnlyList<int> Years, IReadOnlyList<StatisticsChart> Charts);

/// <summary>
/// Counts of the register for the statistics page: by year and level, by year, by cluster and the units
/// with the most awards. Revoked lines are not awards any more and are left out of every count.
/// </summary>
/// <remarks>
/// The register is summed once per copy of it in memory (<see cref="AwardRegisterSnapshot"/>, read again after each
/// change of content), into counts by year, level and cluster and by year, cluster and unit (some thousands of rows
/// however many lines), and every filter is answered from those sums.
/// </remarks>
public sealed class AwardStatistics(AwardRegisterSnapshot snapshot, IClusterDirectory clusters, IUnitDirectory units)
{
    public const string ByYearAndLevel = "theo-nam-va-cap";
    public const string ByYear = "theo-nam";
    public const string ByCluster = "theo-cum";
    public const string TopUnits = "don-vi-dan-dau";

    public const int TopUnitCount = 10;

    private const string Unclassified = "Chưa phân loại";
    private const string Count = "Số lượt khen thưởng";

    private sealed record Sums(AwardRegisterView Register, List<Group> Groups, List<UnitGroup> Units);

    private volatile Sums? _sums;

    public async Task<StatisticsReport> BuildAsync(StatisticsFilter filter, CancellationToken cancellationToken = default)
    {
        var sums = await SumsAsync(cancellationToken);
        var groups = sums.Groups.Where(g => filter.Includes(g.Year, g.ClusterId)).ToList();
        var top = sums.Units.Where(u => filter.Includes(u.Year, u.ClusterId))
            .GroupBy(u => u.UnitId).Select(g => (UnitId: g.Key, Count: g.Sum(u => u.Count)))
            .OrderByDescending(u => u.Count).ThenBy(u => u.UnitId, StringComparer.Ordinal).Take(TopUnitCount).ToList();
        var clusterNames = await clusters.AllAsync(cancellationToken);
        var unitNames = (await units.FindManyAsync(top.Select(t => t.UnitId).ToList(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return new StatisticsReport(groups.Sum(g => g.Count), sums.Groups.Select(g => g.Year).Distinct().Order().ToList(),
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

    private async Task<Sums> SumsAsync(CancellationToken cancellationToken)
    {
        var register = await snapshot.ReadAsync(cancellationToken);
        if (_sums is { } current && current.Register == register)
        {
            return current;
        }
        // Two readers of a new copy may both sum it: the same sums, and cheaper than making one wait.
        var groups = new Dictionary<(int Year, string? Level, string ClusterId), int>();
        var units = new Dictionary<(int Year, string ClusterId, string UnitId), int>();
        foreach (var line in register.Lines)
        {
            if (line.Revoked)
            {
                continue;
            }
            var level = line.KindId is { } kindId && register.Kinds.TryGetValue(kindId, out var kind) ? kind.Level.ToString() : null;
            groups[(line.Year, level, line.ClusterId)] = groups.GetValueOrDefault((line.Year, level, line.ClusterId)) + 1;
            if (line.UnitId is { } unitId)
            {
                units[(line.Year, line.ClusterId, unitId)] = units.GetValueOrDefault((line.Year, line.ClusterId, unitId)) + 1;
            }
        }
        var sums = new Sums(register, groups.Select(g => (g.Key.Year, g.Key.Level, g.Key.ClusterId, g.Value)).ToList(),
            units.Select(u => (u.Key.Year, u.Key.ClusterId, u.Key.UnitId, u.Value)).ToList());
        _sums = sums;
        return sums;
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
