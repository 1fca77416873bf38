using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;
using NoticeRoutes = TestModules.Notices.Controllers.Routes;

namespace TestModules.Notices.Models;

public sealed class NoticeType : ContentType<NoticeData>
{
    public const string TypeName = "Notice";

    public override ContentSection Section => NoticesSection.Section;

    public override string Name => TypeName;

    public override string DisplayName => "Thông báo";

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["date"] = "Ngày thông báo",
    };

    protected override ContentFacts Describe(NoticeData data) => new(data.Date, data.Date.Year, null);

    protected override ContentParts Parts(NoticeData data) => new(null, data.Body, []);

    protected override ContentSummary Summarize(NoticeData data) => new(DisplayName, MarkdownText.Plain(data.Body));

    protected override SearchText SearchText(NoticeData data) => new(null, MarkdownText.Plain(data.Body), [], null, null, [], []);

    public override ContentRoutes Routes { get; } = new(NoticeRoutes.Details, NoticeRoutes.Preview, NoticeRoutes.AdminEdit, NoticeRoutes.AdminCreate);
}
