using EmulationPortal.Core.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.News.Models;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.News.Controllers.Admin;

public sealed class ConferenceForm : ContentEditorForm
{
    public DateOnly? Date { get; set; }
    public string Location { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>Photos and attachments are kept as they are until the media editor can change them.</summary>
    public List<Photo> Photos { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
}

public sealed class NewsAdminController(ContentStore contentStore) : ContentEditorController<ConferenceForm>
{
    [HttpGet("/admin/tin-tuc/tao")]
    public Task<IActionResult> New([FromQuery(Name = "cum")] string? clusterId) =>
        NewAsync(new ConferenceForm { ClusterId = clusterId ?? "", Date = DateOnly.FromDateTime(DateTime.Today) });

    [HttpPost("/admin/tin-tuc/tao")]
    public Task<IActionResult> Create(ConferenceForm form) => CreateAsync(form);

    [HttpGet("/admin/tin-tuc/{id}/sua")]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("/admin/tin-tuc/{id}/sua")]
    public async Task<IActionResult> Edit(string id, ConferenceForm form)
    {
        // The form does not carry files yet: keep the ones the latest version has.
        if (await contentStore.GetLatestAsync(id, HttpContext.RequestAborted) is { Type: ConferenceType.TypeName } latest)
        {
            var stored = System.Text.Json.JsonSerializer.Deserialize<ConferenceData>(latest.Data, ContentJson.Options)!;
            form.Photos = stored.Photos;
            form.Attachments = stored.Attachments;
        }
        return await SaveAsync(id, form);
    }

    protected override string TypeOf(ConferenceForm form) => ConferenceType.TypeName;

    protected override ContentData ToData(ConferenceForm form) => new ConferenceData
    {
        Date = form.Date ?? default,
        Location = form.Location.Trim(),
        Body = form.Body,
        Photos = form.Photos,
        Attachments = form.Attachments,
    };

    protected override ConferenceForm ToForm(ContentData data)
    {
        var conference = (ConferenceData)data;
        return new ConferenceForm
        {
            Date = conference.Date,
            Location = conference.Location,
            Body = conference.Body,
            Photos = conference.Photos,
            Attachments = conference.Attachments,
        };
    }
}
