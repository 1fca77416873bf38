using System.Globalization;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;
using ClusterRoutes = EmulationPortal.Clusters.Controllers.Routes;

namespace EmulationPortal.Clusters.Models;

/// <summary>
/// A cluster's emulation year as data: the covenant its members signed with the criteria they are scored on, each
/// member's scores and rank at year end, the units voted as leading (suy tôn), the proposal that followed, and the
/// leader and deputy elected for the next year. One item per cluster and year, through the cluster's workflow.
/// </summary>
public sealed class ClusterYearData : ContentData
{
    public int Year { get; set; }
    public Covenant Covenant { get; set; } = new();

    /// <summary>Each member's year-end scores, in the order of their rank.</summary>
    public List<UnitScore> Scores { get; set; } = [];

    /// <summary>The units the year-end conference voted to propose for the emulation flag.</summary>
    public List<UnitVote> Votes { get; set; } = [];

    /// <summary>How many ballots were cast, when the minutes say.</summary>
    public int? Ballots { get; set; }

    /// <summary>The number of the proposal (tờ trình) the vote led to.</summary>
    public string? ProposalNumber { get; set; }

    /// <summary>The units elected to lead the cluster next year, by unit id.</summary>
    public string? NextLeader { get; set; }

    public string? NextDeputy { get; set; }

    /// <summary>Anything else the year's record says (Markdown).</summary>
    public string Body { get; set; } = "";

    public override void Validate(ValidationErrors errors)
    {
        if (Year is < 1945 or > 2200)
        {
            errors.Add("year", "Năm thi đua không hợp lệ.");
        }
        for (var i = 0; i < Covenant.Criteria.Count; i++)
        {
            errors.Required(Covenant.Criteria[i].Name, $"covenant.criteria[{i}].name");
            if (Covenant.Criteria[i].MaxPoints is < 0 or > 1000)
            {
                errors.Add($"covenant.criteria[{i}].maxPoints", "Điểm tối đa phải từ 0 đến 1.000.");
            }
        }
        var maximum = Covenant.MaxPoints;
        for (var i = 0; i < Scores.Count; i++)
        {
            errors.Required(Scores[i].Unit, $"scores[{i}].unit");
            foreach (var (score, field) in new[] { (Scores[i].SelfScore, "selfScore"), (Scores[i].CheckedScore, "checkedScore") })
            {
                if (score is < 0 || (maximum > 0 && score > maximum * 2))
                {
                    errors.Add($"scores[{i}].{field}", $"Điểm {score} không hợp lệ (tổng điểm tối đa theo giao ước: {maximum:0.##}).");
                }
            }
            if (Scores[i].Rank is < 1)
            {
                errors.Add($"scores[{i}].rank", "Xếp hạng bắt đầu từ 1.");
            }
        }
        for (var i = 0; i < Votes.Count; i++)
        {
            errors.Required(Votes[i].Unit, $"votes[{i}].unit");
            if (Votes[i].Count is < 0 || (Ballots is { } ballots && Votes[i].Count > ballots))
            {
                errors.Add($"votes[{i}].count", "Số phiếu không hợp lệ (nhiều hơn số phiếu phát ra?).");
            }
        }
    }
}

/// <summary>The covenant (giao ước thi đua) the members signed at the start of the year.</summary>
public sealed class Covenant
{
    public DateOnly? SignedOn { get; set; }
    public string Place { get; set; } = "";

    /// <summary>The signing units, by unit id.</summary>
    public List<string> SigningUnits { get; set; } = [];

    public List<Criterion> Criteria { get; set; } = [];

    /// <summary>Bonus and penalty rules, as the covenant words them.</summary>
    public string Rules { get; set; } = "";

    /// <summary>The number of the document that records the covenant.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? DocumentNumber { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal MaxPoints => Criteria.Sum(c => c.MaxPoints);
}

/// <summary>A criterion of the covenant and the most points it gives ("Thực hiện nhiệm vụ chính trị: 50 điểm").</summary>
public sealed record Criterion(string Name, decimal MaxPoints);

/// <summary>A member's year-end scores: its own, the score the leader and deputy checked, and its rank.</summary>
public sealed record UnitScore(string Unit, decimal? SelfScore, decimal? CheckedScore, int? Rank);

/// <summary>A unit voted as leading, with its votes when known.</summary>
public sealed record UnitVote(string Unit, int? Count);

public sealed class ClusterYearType : ContentType<ClusterYearData>, IScheduledContent
{
    public const string TypeName = "ClusterYear";

    public override ContentSection Section => ClusterYearsSection.Section;

    public override string Name => TypeName;

    public override string DisplayName => "Năm thi đua của cụm, khối";

    // Its address by slug redirects to /cum-thi-dua/{slug}/{year}, which the clusters' sitemap gives.
    public override bool InSitemap => false;

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["year"] = "Năm thi đua",
        ["covenant.criteria"] = "Tiêu chí giao ước",
        ["scores"] = "Kết quả chấm điểm",
        ["votes"] = "Suy tôn",
        ["name"] = "tên tiêu chí",
        ["maxPoints"] = "điểm tối đa",
        ["unit"] = "đơn vị",
        ["selfScore"] = "điểm tự chấm",
        ["checkedScore"] = "điểm kiểm tra",
        ["rank"] = "xếp hạng",
        ["count"] = "số phiếu",
    };

    protected override ContentFacts Describe(ClusterYearData data) => new(data.Covenant.SignedOn, data.Year, null);

    public IReadOnlyList<ContentEvent> Events(ContentData data, WorkingCalendar workingDays) =>
        ((ClusterYearData)data).Covenant is { SignedOn: { } signed } covenant
            ? [new ContentEvent(signed, "Ký kết giao ước", Location: covenant.Place.Length > 0 ? covenant.Place : null)]
            : [];

    /// <summary>A year's record is tables of data; its body is the only prose, and it has neither summary nor photos.</summary>
    protected override ContentParts Parts(ClusterYearData data) => new(null, data.Body, []);

    protected override ContentSummary Summarize(ClusterYearData data) =>
        new(DisplayName, data.Scores.Count == 0
            ? $"Giao ước thi đua năm {data.Year}: {data.Covenant.Criteria.Count} tiêu chí, tối đa {data.Covenant.MaxPoints.ToString("0.##", CultureInfo.InvariantCulture)} điểm."
            : $"Kết quả chấm điểm thi đua năm {data.Year} của {data.Scores.Count} đơn vị; {data.Votes.Count} đơn vị được suy tôn.");

    protected override SearchText SearchText(ClusterYearData data) => new(
        $"Giao ước, kết quả thi đua năm {data.Year}",
        string.Join("\n", data.Covenant.Criteria.Select(c => c.Name)) + "\n" + data.Covenant.Rules + "\n" + MarkdownText.Plain(data.Body),
        [],
        null,
        null,
        [],
        []);

    public override ContentRoutes Routes { get; } = new(ClusterRoutes.YearBySlug, ClusterRoutes.YearPreview, ClusterRoutes.AdminYearEdit, ClusterRoutes.AdminYearCreate);
}

/// <summary>The years of the clusters, which this module lists on each cluster's page.</summary>
public static class ClusterYearsSection
{
    public static readonly ContentSection Section = new("ClusterYears") { Order = 40 };
}
