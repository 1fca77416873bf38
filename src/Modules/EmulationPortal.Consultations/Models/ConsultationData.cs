using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;
using ConsultationRoutes = EmulationPortal.Consultations.Controllers.Routes;

namespace EmulationPortal.Consultations.Models;

/// <summary>
/// A notice asking the public to comment on the people and collectives proposed for an order or a state honorary
/// title (Decree 98/2023/NĐ-CP art. 46, Decree 152/2025/NĐ-CP): the list stays as published; a correction is a
/// new version with its note.
/// </summary>
public sealed class ConsultationData : ContentData
{
    public const int DefaultWorkingDays = 10;

    /// <summary>The body that proposes the awards and takes the comments ("Ủy ban nhân dân tỉnh Thanh Hóa").</summary>
    public string Proposer { get; set; } = "";

    /// <summary>The award proposed ("Huân chương Lao động hạng Ba").</summary>
    public string Award { get; set; } = "";

    /// <summary>The first day comments are taken.</summary>
    public DateOnly Opens { get; set; }

    /// <summary>How many working days comments are taken, counted from the day after <see cref="Opens"/>.</summary>
    public int WorkingDays { get; set; } = DefaultWorkingDays;

    public List<Candidate> Candidates { get; set; } = [];

    /// <summary>The notice itself: what is asked, where to send, whom to call (Markdown).</summary>
    public string Body { get; set; } = "";

    public List<Attachment> Attachments { get; set; } = [];

    /// <summary>The corrections published after the list, oldest first.</summary>
    public List<Correction> Corrections { get; set; } = [];

    /// <summary>The number of the award decision that followed, which the page links to once it is published.</summary>
    public string? DecisionNumber { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public override IEnumerable<(string Field, IMediaFile File)> MediaFiles => Listed("attachments", Attachments);

    public override void Validate(ValidationErrors errors)
    {
        errors.Required(Proposer, "proposer");
        errors.Required(Award, "award");
        errors.RequiredDate(Opens, "opens");
        if (WorkingDays is < 1 or > 60)
        {
            errors.Add("workingDays", "Số ngày làm việc lấy ý kiến phải từ 1 đến 60 (theo quy định ít nhất 10).");
        }
        if (Candidates.Count == 0)
        {
            errors.Add("candidates", "Cần ít nhất một tập thể hoặc cá nhân được đề nghị.");
        }
        for (var i = 0; i < Candidates.Count; i++)
        {
            errors.Required(Candidates[i].Name, $"candidates[{i}].name");
        }
        errors.Files(Attachments, "attachments");
        for (var i = 0; i < Attachments.Count; i++)
        {
            errors.Required(Attachments[i].Title, $"attachments[{i}].title");
        }
        for (var i = 0; i < Corrections.Count; i++)
        {
            errors.Required(Corrections[i].Note, $"corrections[{i}].note");
        }
    }

    /// <summary>Whether the list as published (proposer, award, candidates) differs from <paramref name="other"/>'s.</summary>
    public bool ListDiffers(ConsultationData other) =>
        Proposer != other.Proposer || Award != other.Award || Candidates.Count != other.Candidates.Count
        || Candidates.Zip(other.Candidates).Any(pair => pair.First != pair.Second);
}

/// <summary>A collective or a person proposed, as the notice lists them.</summary>
public sealed record Candidate
{
    public string Name { get; init; } = "";
    public RecipientType RecipientType { get; init; } = RecipientType.Individual;

    /// <summary>The unit a person works in, or the body a collective belongs to.</summary>
    public string Unit { get; init; } = "";

    public string Position { get; init; } = "";

    /// <summary>A short summary of achievements.</summary>
    public string Achievements { get; init; } = "";

    /// <summary>How readers and the comment form name the candidate.</summary>
    public string Label => Unit.Length == 0 || RecipientType == RecipientType.Collective && Name.Contains(Unit, StringComparison.Ordinal)
        ? Name
        : $"{Name} ({(Position.Length > 0 ? Position + ", " : "")}{Unit})";
}

/// <summary>A correction of the published list: what changed, when, and whether the comment period started again.</summary>
public sealed record Correction(DateOnly Date, string Note, bool RestartsPeriod);

public sealed class ConsultationType : ContentType<ConsultationData>, IScheduledContent
{
    public const string TypeName = "Consultation";

    public override ContentSection Section => ConsultationsSection.Section;

    public override string Name => TypeName;

    public override string DisplayName => "Lấy ý kiến Nhân dân";

    // The proposing body is named on the page; the cluster only keeps the item.
    public override bool ShowsCluster => false;

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["proposer"] = "Cơ quan đề nghị",
        ["award"] = "Hình thức khen thưởng đề nghị",
        ["opens"] = "Ngày bắt đầu lấy ý kiến",
        ["workingDays"] = "Số ngày làm việc lấy ý kiến",
        ["candidates"] = "Danh sách đề nghị",
        ["name"] = "Tên tập thể, cá nhân",
        ["corrections"] = "Đính chính",
        ["correction"] = "Nội dung đính chính",
    };

    public override string? ValueName(string field, string value) =>
        field == "candidates.recipientType" ? Named<RecipientType>(value, RecipientTypes.Name) : null;

    protected override ContentFacts Describe(ConsultationData data) => new(data.Opens, data.Opens.Year, null);

    public IReadOnlyList<ContentEvent> Events(ContentData data, WorkingCalendar workingDays)
    {
        var period = ConsultationPeriod.Of((ConsultationData)data, workingDays);
        return
        [
            new ContentEvent(period.Opens, "Bắt đầu lấy ý kiến"),
            new ContentEvent(period.Closes, "Hết hạn lấy ý kiến"),
        ];
    }

    protected override ContentParts Parts(ConsultationData data) => new(null, data.Body, []);

    protected override ContentSummary Summarize(ConsultationData data) =>
        new(DisplayName, $"{data.Award}: {data.Candidates.Count} tập thể, cá nhân do {data.Proposer} đề nghị.");

    // The award is in the title already; as the summary too it would outweigh documents that merely share its words.
    protected override SearchText SearchText(ConsultationData data) => new(
        null,
        data.Award + "\n" + MarkdownText.Plain(data.Body) + "\n" + string.Join("\n", data.Candidates.Select(c => $"{c.Position} {c.Unit} {c.Achievements}")),
        data.Candidates.Select(c => c.Name).ToList(),
        data.Proposer,
        null,
        [],
        data.Attachments.Select(a => a.File).ToList());

    public override ContentRoutes Routes { get; } = new(ConsultationRoutes.Details, ConsultationRoutes.Preview, ConsultationRoutes.AdminEdit, ConsultationRoutes.AdminCreate);
}

/// <summary>The list at /lay-y-kien, which this module owns.</summary>
public static class ConsultationsSection
{
    public static readonly ContentSection Section = new("Consultations") { Order = 30 };
}
