using System.Globalization;

namespace AwardsBench;

/// <summary>One address measured, and the kind of page it is reported under.</summary>
internal sealed record AwardPage(string Kind, string Path);

/// <summary>One set of look-up filters, by the API's parameter names; the page spells the same filters in Vietnamese.</summary>
internal sealed record AwardQuery(IReadOnlyList<(string Key, string Value)> Filters)
{
    // The look-up page's own names for the API's parameters (AwardLookupController binds these).
    private static readonly Dictionary<string, string> PageKeys = new(StringComparer.Ordinal)
    {
        ["q"] = "q", ["year"] = "nam", ["from"] = "tu-nam", ["to"] = "den-nam", ["kind"] = "hinh-thuc", ["level"] = "cap",
        ["cluster"] = "cum", ["unit"] = "don-vi", ["recipientType"] = "doi-tuong", ["page"] = "trang",
    };

    /// <summary>Whether the filters narrow the register, so the answer must count fewer lines than the whole.</summary>
    public bool Narrows => Filters.Any(f => f.Key != "page");

    public string Api => Address("/api/awards", Filters);

    public string Page => Address("/khen-thuong", Filters.Select(f => (PageKeys[f.Key], f.Value)));

    private static string Address(string path, IEnumerable<(string Key, string Value)> filters)
    {
        var query = string.Join('&', filters.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}

/// <summary>
/// The addresses the issue's targets are about, with the filters readers and staff use: the look-up by year range,
/// kind, cluster and a name typed without diacritics; the busiest units' pages and ordinary ones; the statistics;
/// the API with the same filters.
/// </summary>
internal static class AwardPages
{
    public static IReadOnlyList<AwardQuery> Queries(AwardSite site)
    {
        var from = (site.LastYear - 4).ToString(CultureInfo.InvariantCulture);
        var first = site.FirstYear.ToString(CultureInfo.InvariantCulture);
        var last = site.LastYear.ToString(CultureInfo.InvariantCulture);
        var previous = (site.LastYear - 1).ToString(CultureInfo.InvariantCulture);
        return
        [
            new([]),
            new([("from", from), ("to", last)]),
            new([("from", from), ("to", last), ("kind", site.CommonKind)]),
            new([("q", site.CommonName)]),
            new([("q", site.RareName), ("from", first), ("to", last)]),
            new([("cluster", site.BusiestCluster), ("year", previous)]),
            new([("level", "CoSo"), ("recipientType", "Individual"), ("year", last)]),
            new([("unit", site.BusiestUnits[0])]),
            new([("page", "5")]),
        ];
    }

    public static IReadOnlyList<AwardPage> For(AwardSite site)
    {
        var queries = Queries(site);
        var pages = new List<AwardPage>();
        pages.AddRange(queries.Select(q => new AwardPage("look-up", q.Page)));
        pages.AddRange(site.BusiestUnits.Concat(site.OrdinaryUnits).Select(u => new AwardPage("unit page", $"/don-vi/{u}")));
        pages.Add(new AwardPage("statistics", "/thong-ke"));
        pages.Add(new AwardPage("statistics", $"/thong-ke?cum={Uri.EscapeDataString(site.BusiestCluster)}"));
        pages.AddRange(queries.Select(q => new AwardPage("API", q.Api)));
        pages.Add(new AwardPage("API", $"/api/units/{site.BusiestUnits[0]}"));
        return pages;
    }
}
