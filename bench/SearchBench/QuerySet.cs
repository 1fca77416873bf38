using System.Globalization;
using EmulationPortal.Core.Search;

namespace SearchBench;

/// <summary>One query of the mixed set: what kind it is, and the request exactly as the search page would make it.</summary>
internal sealed record BenchQuery(string Kind, SearchRequest Request)
{
    public string Label
    {
        get
        {
            var parts = new List<string> { Request.Query };
            if (Request.Type is not null)
            {
                parts.Add($"type={Request.Type}");
            }
            if (Request.ClusterId is not null)
            {
                parts.Add($"cluster={Request.ClusterId}");
            }
            if (Request.Year is { } year)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"year={year}"));
            }
            if (Request.Sort == "date")
            {
                parts.Add("sort=date");
            }
            if (Request.Page != 1)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"page={Request.Page}"));
            }
            return string.Join("  ", parts);
        }
    }
}

/// <summary>The mixed query set: what readers and staff type, with and without diacritics, numbers whole and in parts.</summary>
internal static class QuerySet
{
    public static IReadOnlyList<BenchQuery> All { get; } =
    [
        Q("place", "do luong"),
        Q("place", "Đô Lương"),
        Q("place", "ĐÔ LƯƠNG"),
        Q("place", "THANH HÓA"),
        Q("place", "thanh hoa"),
        Q("place", "Nghệ An"),
        Q("place", "hoang mai"),
        Q("place", "Thọ Xuân"),
        Q("place", "cụm thi đua số 42"),

        Q("number", "1197/QĐ-UBND"),
        Q("number", "1197/QD-UBND"),
        Q("number", "1197"),
        Q("number", "qđ-ubnd 1197"),
        Q("number", "68/2024/QĐ-UBND"),
        Q("number", "05/KH-CTĐ12"),
        Q("number", "20/TB-HĐTĐKT"),
        Q("number", "937/HD-SNV"),
        Q("number", "qd-ttg"),

        Q("award", "cờ thi đua 2025"),
        Q("award", "bằng khen thủ tướng"),
        Q("award", "chiến sĩ thi đua cơ sở"),
        Q("award", "tập thể lao động xuất sắc"),
        Q("award", "huân chương lao động hạng ba"),
        Q("award", "Cờ thi đua của Chính phủ"),

        Q("person", "Nguyễn Văn Hùng"),
        Q("person", "le thi hoa"),
        Q("person", "VÕ DUY SANG"),
        Q("person", "Trần Minh Tuấn"),
        Q("person", "phạm thị lan"),

        Q("phrase", "\"phong trào thi đua\""),
        Q("phrase", "\"cụm trưởng\" 2024"),
        Q("phrase", "\"ký kết giao ước\""),
        Q("phrase", "\"lao động tiên tiến\" đô lương"),

        Q("exclusion", "khen thưởng -bằng"),
        Q("exclusion", "thi đua -cờ"),
        Q("exclusion", "tổng kết -sơ"),
        Q("exclusion", "hội nghị -thống"),

        Q("or", "cờ OR bằng"),
        Q("or", "Đô Lương OR Thanh Chương"),
        Q("or", "sơ kết OR tổng kết"),
        Q("or", "yagi OR \"chợ phiên\""),

        Q("common word", "thi đua"),
        Q("common word", "năm"),
        Q("common word", "khen thưởng"),
        Q("common word", "tỉnh"),
        Q("common word", "đơn vị"),

        Q("rare", "yagi"),
        Q("rare", "\"chợ phiên không tiền mặt\""),
        Q("rare", "sổ tay điện tử"),
        Q("rare", "mường lát"),
        Q("rare", "bình dân học vụ số"),

        Q("filter", "cờ thi đua", type: "AwardDecision", year: 2025),
        Q("filter", "hội nghị", cluster: "cum-42-thong-ke-nghe-an"),
        Q("filter", "kế hoạch", type: "Plan", year: 2024),
        Q("filter", "khen thưởng", cluster: "cum-11-thanh-hoa", year: 2023),
        Q("filter", "thanh hoa", type: "Document"),

        Q("date sort", "tổng kết", sort: "date"),
        Q("date sort", "kế hoạch", type: "Plan", sort: "date"),
        Q("date sort", "Đô Lương", sort: "date"),

        Q("page 3", "thi đua", page: 3),
        Q("page 3", "bằng khen thủ tướng", page: 3),
        Q("page 3", "nghệ an", sort: "date", page: 3),
    ];

    /// <summary>The queries whose totals are printed as a sanity check: folding, numbers, exclusion and OR.</summary>
    public static IReadOnlyList<string> Checked { get; } =
    [
        "do luong", "Đô Lương", "ĐÔ LƯƠNG", "1197/QĐ-UBND", "1197/QD-UBND", "1197", "qđ-ubnd 1197", "68/2024/QĐ-UBND", "05/KH-CTĐ12",
        "20/TB-HĐTĐKT", "khen thưởng", "khen thưởng -bằng", "cờ OR bằng", "thi đua", "yagi", "VÕ DUY SANG",
    ];

    /// <summary>
    /// Phrases whose totals are checked against a count over the rows: the mix's, and longer ones whose pairs stand
    /// apart in many documents.
    /// </summary>
    public static IReadOnlyList<string> Phrases { get; } =
    [
        "phong trào thi đua", "ký kết giao ước", "lao động tiên tiến", "chợ phiên không tiền mặt", "cụm thi đua số 12",
        "tỉnh thanh hóa năm 2025", "thi đua khen thưởng năm", "bình dân học vụ số",
    ];

    private static BenchQuery Q(string kind, string query, string? type = null, string? cluster = null, int? year = null,
        string sort = "relevance", int page = 1) =>
        new(kind, new SearchRequest { Query = query, Type = type, ClusterId = cluster, Year = year, Sort = sort, Page = page });
}
