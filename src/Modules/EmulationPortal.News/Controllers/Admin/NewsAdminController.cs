using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.News.Models;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.News.Controllers.Admin;

public sealed class NewsAdminController(ContentEditorServices editor) : ContentEditorController<ConferenceForm>(editor)
{
    [HttpGet("/admin/tin-tuc/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> New([FromQuery(Name = "cum")] string? clusterId) =>
        NewAsync(new ConferenceForm { ClusterId = clusterId ?? "", Date = DateOnly.FromDateTime(DateTime.Today) });

    [HttpPost("/admin/tin-tuc/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> Create(ConferenceForm form) => CreateAsync(form);

    [HttpGet("/admin/tin-tuc/{id}/sua", Name = Routes.AdminEdit)]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("/admin/tin-tuc/{id}/sua", Name = Routes.AdminEdit)]
    public Task<IActionResult> Edit(string id, ConferenceForm form) => SaveAsync(id, form);

    protected override string TypeOf(ConferenceForm form) => ConferenceType.TypeName;

    protected override ContentData ToData(ConferenceForm form) => new ConferenceData
    {
        Date = form.Date ?? default,
        Location = form.Location.Trim(),
        Body = form.Body,
        Photos = form.Photos.Select(p => new Photo { File = p.File, Caption = p.Caption?.Trim() ?? "", Focus = p.Focus is { IsCentre: false } ? p.Focus : null }).ToList(),
        Attachments = form.Attachments.Select(a => new Attachment { File = a.File, Title = a.Title?.Trim() ?? "" }).ToList(),
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
