using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;
using DocumentRoutes = EmulationPortal.Documents.Controllers.Routes;

namespace EmulationPortal.Documents.Models;

public abstract class OfficialDocumentType<TData> : ContentType<TData> where TData : OfficialDocumentData
{
    public override ContentSection Section => DocumentsSection.Section;

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["number"] = "Số, ký hiệu",
        ["issuedOn"] = "Ngày ban hành",
        ["issuer"] = "Cơ quan ban hành",
        ["summary"] = "Trích yếu",
        ["year"] = "Năm thi đua",
        ["signer.name"] = "Người ký",
        ["milestones"] = "Tiến độ thực hiện",
        ["due"] = "thời hạn",
        ["text"] = "nội dung",
        ["awards"] = "Danh sách khen thưởng",
        ["kind"] = "hình thức",
        ["recipient"] = "tên tập thể, cá nhân",
        ["revokes"] = "Thu hồi khen thưởng",
        ["decision"] = "quyết định bị thu hồi",
        ["lines"] = "các dòng",
        ["effectiveOn"] = "Ngày có hiệu lực",
        ["expiresOn"] = "Ngày hết hiệu lực",
        ["relations"] = "Văn bản liên quan",
        ["url"] = "Địa chỉ văn bản gốc",
        ["legalBases"] = "Căn cứ",
        ["recipients"] = "Nơi nhận",
        ["signer.position"] = "Chức vụ người ký",
        ["signer.mode"] = "Hình thức ký",
        ["signer.signsFor"] = "Ký thay cho",
        ["signer.onBehalfOf"] = "Ký thay mặt tập thể",
        ["urgency"] = "Độ khẩn",
        ["confidentiality"] = "Độ mật",
        ["appendices"] = "Phụ lục",
        ["legalStatus"] = "Tình trạng hiệu lực",
        ["dismissedCitations"] = "Trích dẫn không phải văn bản liên quan",
        ["recipientType"] = "đối tượng",
        ["unit"] = "đơn vị",
        ["document"] = "văn bản",
    };

    public override string? ValueName(string field, string value) => field switch
    {
        "awards.recipientType" => Named<RecipientType>(value, RecipientTypes.Name),
        "urgency" => Named<Urgency>(value, DocumentMarks.Name),
        "confidentiality" => Named<Confidentiality>(value, DocumentMarks.Name),
        "legalStatus" => Named<DocumentStatus>(value, DocumentStatuses.Label),
        "relations.kind" => Named<RelationKind>(value, RelationKinds.Outgoing),
        _ => null,
    };

    protected override ContentFacts Describe(TData data) =>
        new(data.IssuedOn, data.IssuedOn.Year, DocumentNumber.TryParse(data.Number, out var number) ? number!.ToString() : data.Number);

    /// <summary>The summary is the document's trích yếu, which lists and search results show under its number.</summary>
    protected override ContentParts Parts(TData data) => new(data.Summary, data.Body, []);

    protected override ContentSummary Summarize(TData data) => new(Label(data), data.Summary, File: data.Attachments.FirstOrDefault());

    protected virtual string Label(TData data) => DisplayName;

    protected override SearchText SearchText(TData data) => new(
        data.Summary,
        string.Join("\n", data.LegalBases.Append(MarkdownText.Plain(data.Body)).Concat(Extra(data))),
        People(data),
        data.Issuer,
        data.Signer is null ? null : $"{data.Signer.Name} {data.Signer.Position}",
        AwardKinds(data),
        data.Attachments.Select(a => a.File).ToList());

    /// <summary>More text of the type's own, for the body.</summary>
    protected virtual IEnumerable<string> Extra(TData data) => [];

    protected virtual IReadOnlyList<string> People(TData data) => [];

    protected virtual IReadOnlyList<string> AwardKinds(TData data) => [];

    /// <summary>One editor makes every kind of document, told which by <c>loai</c>.</summary>
    public override ContentRoutes Routes { get; } = new(DocumentRoutes.Details, DocumentRoutes.Preview, DocumentRoutes.AdminEdit, DocumentRoutes.AdminCreate)
    {
        CreateTypeKey = "loai",
    };
}

public sealed class PlanType : OfficialDocumentType<PlanData>, IScheduledContent
{
    public IReadOnlyList<ContentEvent> Events(ContentData data, WorkingCalendar workingDays) =>
        ((PlanData)data).Milestones.Select(m => new ContentEvent(m.Due, "Hạn kế hoạch", m.Text)).ToList();

    protected override IEnumerable<string> Extra(PlanData data) => data.Milestones.Select(m => m.Text);

    public override string Name => "Plan";

    public override string DisplayName => "Kế hoạch";
}

public sealed class AwardDecisionType : OfficialDocumentType<AwardDecisionData>
{
    public override string Name => "AwardDecision";

    public override string DisplayName => "Quyết định khen thưởng";

    protected override ContentFacts Describe(AwardDecisionData data) => base.Describe(data) with { Year = data.Year ?? data.IssuedOn.Year };

    /// <summary>One line an award: kind, recipient and unit, so "lao động xuất sắc Thanh Chương" finds its line.</summary>
    protected override IReadOnlyList<string> People(AwardDecisionData data) =>
        data.Awards.Select(a => string.Join(" – ", new[] { a.Kind, a.Recipient, a.Unit }.Where(s => !string.IsNullOrWhiteSpace(s)))).ToList();

    protected override IReadOnlyList<string> AwardKinds(AwardDecisionData data) => data.Awards.Select(a => a.Kind).Distinct().ToList();
}

public sealed class DocumentType : OfficialDocumentType<DocumentData>
{
    public override string Name => "Document";

    public override string DisplayName => "Văn bản khác";

    protected override string Label(DocumentData data) => data.KindFromNumber ?? DisplayName;
}

public sealed class ReferenceType : OfficialDocumentType<ReferenceData>
{
    public override string Name => "Reference";

    public override string DisplayName => "Văn bản tham chiếu";

    public override bool ShowsCluster => false;

    protected override string Label(ReferenceData data) => string.IsNullOrWhiteSpace(data.Kind) ? data.KindFromNumber ?? DisplayName : data.Kind;
}
