using System.Globalization;

namespace AwardsBench;

/// <summary>One address measured, and the kind of page it is reported under.</summary>
internal sealed record AwardPage(string Kind, string Path);

/// <summary>
/// The addresses the targets are about, with the filters readers and staff use: the look-up by year range,
/// kind, cluster and a name typed without diacritics; the busiest units' pages and ordinary ones; the statistics;
/// the API with the same filters.
/// </summary>
internal static class AwardPages
{
    public static IReadOnlyList<AwardPage> For(AwardSite site)
    {
        var from = site.LastYear - 4;
        var name = Uri.EscapeDataString(site.CommonName).Replace("%20", "+", StringComparison.Ordinal);
        var rare = Uri.EscapeDataString(site.RareName).Replace("%20", "+", StringComparison.Ordinal);
        string[] queries =
        [
            "",
            string.Create(CultureInfo.InvariantCulture, $"from={from}&to={site.LastYear}"),
            string.Create(CultureInfo.InvariantCulture, $"from={from}&to={site.LastYear}&kind={site.CommonKind}"),
            $"q={name}",
            string.Create(CultureInfo.InvariantCulture, $"q={rare}&from={site.FirstYear}&to={site.LastYear}"),
            string.Create(CultureInfo.InvariantCulture, $"cluster={site.BusiestCluster}&year={site.LastYear - 1}"),
            string.Create(CultureInfo.InvariantCulture, $"level=CoSo&recipientType=Individual&year={site.LastYear}"),
            "page=5",
        ];
        var pages = new List<AwardPage>();
        pages.AddRange(queries.Select(q => new AwardPage("look-up", Address("/khen-thuong", q))));
        pages.AddRange(site.BusiestUnits.Concat(site.OrdinaryUnits).Select(u => new AwardPage("unit page", $"/don-vi/{u}")));
        pages.Add(new AwardPage("statistics", "/thong-ke"));
        pages.Add(new AwardPage("statistics", string.Create(CultureInfo.InvariantCulture, $"/thong-ke?cluster={site.BusiestCluster}")));
        pages.AddRange(queries.Select(q => new AwardPage("API", Address("/api/awards", q))));
        pages.Add(new AwardPage("API", $"/api/units/{site.BusiestUnits[0]}"));
        return pages;
    }

    private static string Address(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}
