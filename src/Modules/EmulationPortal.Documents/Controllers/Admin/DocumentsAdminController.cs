using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Models;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Documents.Controllers.Admin;

public sealed class DocumentsAdminController(ContentStore contentStore, ContentTypeRegistry contentTypes, ContentEditorServices editor)
    : ContentEditorController<DocumentForm>(editor)
{
    [HttpGet("/admin/van-ban/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> New([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "cum")] string? clusterId) =>
        NewAsync(WithOptions(new DocumentForm
        {
            Type = contentTypes.NamesIn(DocumentsSection.Section).Contains(type ?? "") ? type! : "Document",
            ClusterId = clusterId ?? "",
            IssuedOn = DateOnly.FromDateTime(DateTime.Today),
        }));

    [HttpPost("/admin/van-ban/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> Create(DocumentForm form) => CreateAsync(WithOptions(form));

    [HttpGet("/admin/van-ban/{id}/sua", Name = Routes.AdminEdit)]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("/admin/van-ban/{id}/sua", Name = Routes.AdminEdit)]
    public async Task<IActionResult> Edit(string id, DocumentForm form)
    {
        var latest = await contentStore.GetLatestAsync(id, HttpContext.RequestAborted);
        if (latest is not null)
        {
            // The type of a document is fixed once written.
            form.Type = latest.Type;
        }
        return await SaveAsync(id, WithOptions(form));
    }

    protected override string TypeOf(DocumentForm form) => form.Type;

    protected override ContentData ToData(DocumentForm form)
    {
        OfficialDocumentData data = form.Type switch
        {
            "Plan" => new PlanData
            {
                Milestones = form.Milestones.Where(m => m.Due is not null || !string.IsNullOrWhiteSpace(m.Text))
                    .Select(m => new Milestone { Due = m.Due ?? default, Text = m.Text?.Trim() ?? "" }).ToList(),
            },
            "AwardDecision" => new AwardDecisionData
            {
                Year = form.Year,
                Awards = form.Awards.Where(a => !string.IsNullOrWhiteSpace(a.Kind) || !string.IsNullOrWhiteSpace(a.Recipient))
                    .Select(a => new Award
                    {
                        Kind = a.Kind?.Trim() ?? "",
                        RecipientType = a.RecipientType,
                        Recipient = a.Recipient?.Trim() ?? "",
                        Unit = string.IsNullOrWhiteSpace(a.Unit) ? null : a.Unit.Trim(),
                        UnitId = string.IsNullOrWhiteSpace(a.UnitId) ? null : a.UnitId,
                    }).ToList(),
            },
            _ => new DocumentData(),
        };
        data.Number = form.Number.Trim();
        data.IssuedOn = form.IssuedOn ?? default;
        data.Issuer = form.Issuer.Trim();
        data.Summary = form.Summary.Trim();
        data.Body = form.Body;
        data.LegalBases = Lines(form.LegalBases);
        data.Signer = string.IsNullOrWhiteSpace(form.SignerName) ? null : new Signer { Name = form.SignerName.Trim(), Position = form.SignerPosition.Trim() };
        data.Recipients = Lines(form.Recipients);
        data.Attachments = form.Attachments.Select(a => new Attachment { File = a.File, Title = a.Title?.Trim() ?? "" }).ToList();
        return data;
    }

    protected override DocumentForm ToForm(ContentData data)
    {
        var document = (OfficialDocumentData)data;
        return WithOptions(new DocumentForm
        {
            Type = contentTypes.Find(data.GetType())!.Name,
            Number = document.Number,
            IssuedOn = document.IssuedOn,
            Issuer = document.Issuer,
            Summary = document.Summary,
            Body = document.Body,
            LegalBases = string.Join("\n", document.LegalBases),
            SignerName = document.Signer?.Name ?? "",
            SignerPosition = document.Signer?.Position ?? "",
            Recipients = string.Join("\n", document.Recipients),
            Year = (document as AwardDecisionData)?.Year,
            Milestones = (document as PlanData)?.Milestones.Select(m => new MilestoneRow { Due = m.Due, Text = m.Text }).ToList() ?? [],
            Awards = (document as AwardDecisionData)?.Awards
                .Select(a => new AwardRow { Kind = a.Kind, RecipientType = a.RecipientType, Recipient = a.Recipient, Unit = a.Unit, UnitId = a.UnitId }).ToList() ?? [],
            Attachments = document.Attachments,
        });
    }

    private DocumentForm WithOptions(DocumentForm form)
    {
        form.TypeOptions = contentTypes.NamesIn(DocumentsSection.Section).Select(contentTypes.Get).ToList();
        return form;
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
