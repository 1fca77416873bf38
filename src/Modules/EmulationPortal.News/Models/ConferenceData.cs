using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Text;
using NewsRoutes = EmulationPortal.News.Controllers.Routes;

namespace EmulationPortal.News.Models;

/// <summary>A conference write-up: year-end review, mid-year review, launch or signing.</summary>
public sealed class ConferenceData : ContentData
{
    public DateOnly Date { get; set; }
    public string Location { get; set; } = "";
    public string Body { get; set; } = "";
    public List<Photo> Photos { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public override IEnumerable<(string Field, IMediaFile File)> MediaFiles =>
        Listed("photos", Photos).Concat(Listed("attachments", Attachments));

    public override void Validate(ValidationErrors errors)
    {
        errors.RequiredDate(Date, "date");
        errors.Required(Body, "body");
        errors.Files(Photos, "photos");
        for (var i = 0; i < Photos.Count; i++)
        {
            // The caption is also the photo's alt text.
            errors.Required(Photos[i].Caption, $"photos[{i}].caption");
            errors.Focus(Photos[i].Focus, $"photos[{i}].focus");
        }
        errors.Files(Attachments, "attachments");
        for (var i = 0; i < Attachments.Count; i++)
        {
            errors.Required(Attachments[i].Title, $"attachments[{i}].title");
        }
    }
}

public sealed class ConferenceType : ContentType<ConferenceData>, IScheduledContent
{
    public const string TypeName = "Conference";

    public override ContentSection Section => NewsSection.Section;

    public override string Name => TypeName;

    public override string DisplayName => "Tin hội nghị";

    public override IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["date"] = "Ngày hội nghị",
        ["location"] = "Địa điểm",
    };

    protected override ContentFacts Describe(ConferenceData data) => new(data.Date, data.Date.Year, null);

    public IReadOnlyList<ContentEvent> Events(ContentData data, WorkingCalendar workingDays) =>
        [new ContentEvent(((ConferenceData)data).Date, "Hội nghị", Location: ((ConferenceData)data).Location is { Length: > 0 } place ? place : null)];

    /// <summary>A write-up has no summary field: lists take its first paragraph as the lead.</summary>
    protected override ContentParts Parts(ConferenceData data) => new(null, data.Body, data.Photos);

    protected override ContentSummary Summarize(ConferenceData data) =>
        new(DisplayName, FirstParagraph(data.Body), data.Location.Length == 0 ? null : data.Location, data.Photos.FirstOrDefault());

    protected override SearchText SearchText(ConferenceData data) => new(
        data.Location,
        MarkdownText.Plain(data.Body) + "\n" + string.Join("\n", data.Photos.Select(p => p.Caption)),
        [],
        null,
        null,
        [],
        data.Attachments.Select(a => a.File).ToList());

    public override ContentRoutes Routes { get; } = new(NewsRoutes.Details, NewsRoutes.Preview, NewsRoutes.AdminEdit, NewsRoutes.AdminCreate);

    /// <summary>The opening paragraph as plain text, for teasers.</summary>
    private static string? FirstParagraph(string markdown)
    {
        var paragraph = markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(p => !p.StartsWith('#') && !p.StartsWith('-') && !p.StartsWith('*') && !p.StartsWith('!'));
        if (paragraph is null)
        {
            return null;
        }
        var text = Markdig.Markdown.ToPlainText(paragraph).Trim();
        return Excerpt.Shorten(text, 220);
    }
}
