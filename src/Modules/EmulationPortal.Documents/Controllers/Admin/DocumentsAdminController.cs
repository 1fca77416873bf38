using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Documents.Models;
using EmulationPortal.Documents.Services.Intake;
using Microsoft.AspNetCore.Http;
using EmulationPortal.Documents.Services.Relations;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Documents.Controllers.Admin;

public sealed class DocumentsAdminController(
    ContentStore contentStore,
    ContentTypeRegistry contentTypes,
    ContentEditorServices editor,
    IAwardMatching awardMatching,
    IUnitDirectory units,
    IFileTextReader fileTexts,
    DocumentArchive archive)
    : ContentEditorController<DocumentForm>(editor)
{
    private const int SuggestedUnits = 12;

    [HttpGet("/admin/van-ban/tao", Name = Routes.AdminCreate)]
    public async Task<IActionResult> New([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "cum")] string? clusterId) =>
        await WithMatchesAsync(await NewAsync(WithOptions(new DocumentForm
        {
            Type = contentTypes.NamesIn(DocumentsSection.Section).Contains(type ?? "") ? type! : "Document",
            ClusterId = clusterId ?? "",
            IssuedOn = DateOnly.FromDateTime(DateTime.Today),
        })));

    /// <summary>
    /// "Nhập từ tệp": the new-document form filled from the file's text, each field with where it came from; the
    /// file (a DOCX or PDF) is stored and listed as the attachment, and nothing else is kept until the editor saves.
    /// </summary>
    [HttpPost("/admin/van-ban/nhap-tu-tep", Name = Routes.AdminIntake)]
    public async Task<IActionResult> Intake(IFormFile? intakeFile, [FromForm(Name = "cum")] string? clusterId)
    {
        var blank = WithOptions(new DocumentForm { ClusterId = clusterId ?? "", IssuedOn = DateOnly.FromDateTime(DateTime.Today) });
        // The same right as creating a document, checked before the file is read or stored.
        if (await NewAsync(blank) is not ViewResult refused)
        {
            return Forbid();
        }
        if (intakeFile is null || intakeFile.Length == 0)
        {
            return Refuse(refused, "Chưa chọn tệp, hoặc tệp rỗng.");
        }
        var fileName = SafeFileName.From(intakeFile.FileName);
        FileText text;
        try
        {
            await using var content = intakeFile.OpenReadStream();
            text = await fileTexts.ReadAsync(content, fileName, HttpContext.RequestAborted);
        }
        catch (FileTextException e)
        {
            return Refuse(refused, e.Message);
        }
        // A plain text file is read but not kept: the store takes documents in their own formats only.
        var attachment = text.Format is "pdf" or "docx" ? await StoreFileAsync(intakeFile, MediaKind.Document, "attachments") : null;
        var form = IntakeForm.Prefill(DocumentTextReader.Read(text.Text), text, fileName, attachment);
        form.ClusterId = clusterId ?? "";
        return await WithMatchesAsync(await NewAsync(WithOptions(form)));
    }

    private ViewResult Refuse(ViewResult form, string message)
    {
        ModelState.AddModelError("intake", message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return form;
    }

    [HttpPost("/admin/van-ban/tao", Name = Routes.AdminCreate)]
    public async Task<IActionResult> Create(DocumentForm form)
    {
        DropSpareRows(form);
        await FindRevokedDecisionsAsync(form, null, new HashSet<string>());
        return await WithMatchesAsync(await CreateAsync(WithOptions(form)));
    }

    [HttpGet("/admin/van-ban/{id}/sua", Name = Routes.AdminEdit)]
    public async Task<IActionResult> Edit(string id) => await WithMatchesAsync(await EditAsync(id));

    [HttpPost("/admin/van-ban/{id}/sua", Name = Routes.AdminEdit)]
    public async Task<IActionResult> Edit(string id, DocumentForm form)
    {
        var latest = await contentStore.GetLatestAsync(id, HttpContext.RequestAborted);
        IReadOnlySet<string> saved = new HashSet<string>();
        if (latest is not null)
        {
            // The type of a document is fixed once written.
            form.Type = latest.Type;
            if (contentTypes.Deserialize(latest.Type, latest.Data) is IAwardingContent awarding)
            {
                saved = awarding.Revocations.Select(r => r.DecisionId).ToHashSet(StringComparer.Ordinal);
            }
        }
        DropSpareRows(form);
        await FindRevokedDecisionsAsync(form, id, saved);
        return await WithMatchesAsync(await SaveAsync(id, WithOptions(form)));
    }

    /// <summary>Units whose names hold the words typed, for the award rows' unit cell (the editor's script fills a list with them).</summary>
    [HttpGet("/admin/don-vi/goi-y", Name = Routes.AdminUnitSuggestions)]
    public async Task<IActionResult> SuggestUnits([FromQuery(Name = "q")] string? text) =>
        Json((await units.SuggestAsync(text ?? "", SuggestedUnits, HttpContext.RequestAborted))
            .Select(u => new { id = u.Id, name = u.Name, province = u.Province }));

    /// <summary>"Đọc danh sách": the pasted rows join the award rows, linked to units where the register would link them.</summary>
    protected override async Task<bool> ApplyFormCommandAsync(DocumentForm form)
    {
        if (!form.ReadAwards)
        {
            return false;
        }
        var reading = AwardTable.Read(form.AwardsPaste);
        var matches = await awardMatching.MatchAsync(reading.Rows.Select(r => r.Entry).ToList(), HttpContext.RequestAborted);
        var read = reading.Rows.Zip(matches, (row, match) => new AwardRow
        {
            Kind = row.Entry.Kind,
            RecipientType = row.Entry.RecipientType,
            Recipient = row.Entry.Recipient,
            Unit = row.Entry.Unit,
            UnitId = match.UnitId,
            Match = match,
        }).ToList();
        form.Awards.RemoveAll(row => row.IsEmpty);
        form.Awards.AddRange(read);
        var links = read.Select(row => (Link: new AwardPasteLink(row.Recipient!, row.Unit ?? (row.RecipientType == RecipientType.Collective ? row.Recipient : null),
            row.Match!.UnitName), Linked: row.Match.UnitId is not null)).ToList();
        form.PasteReport = new AwardPasteReport(read.Count, links.Where(l => l.Linked).Select(l => l.Link).ToList(),
            links.Where(l => !l.Linked).Select(l => l.Link).ToList(), reading.Problems);
        form.AwardsPaste = "";
        return true;
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
                Awards = form.Awards.Where(row => !row.IsEmpty).Select(row => row.ToEntry())
                    .Select(entry => new Award { Kind = entry.Kind, RecipientType = entry.RecipientType, Recipient = entry.Recipient, Unit = entry.Unit, UnitId = entry.UnitId })
                    .ToList(),
                Revokes = form.Revokes.Where(r => r.DecisionId is not null)
                    .Select(r => new Revocation { Decision = r.DecisionId!, Lines = RevocationRow.ParseLines(r.Lines).Lines.ToList() }).ToList(),
            },
            "Reference" => new ReferenceData(),
            _ => new DocumentData(),
        };
        data.Number = form.Number.Trim();
        data.IssuedOn = form.IssuedOn ?? default;
        data.Issuer = form.Issuer.Trim();
        data.Summary = form.Summary.Trim();
        data.Body = form.Body;
        data.LegalBases = Lines(form.LegalBases);
        data.Signer = string.IsNullOrWhiteSpace(form.SignerName) ? null : new Signer
        {
            Name = form.SignerName.Trim(),
            Position = form.SignerPosition.Trim(),
            Mode = NullIfBlank(form.SignerMode),
            SignsFor = NullIfBlank(form.SignerSignsFor),
            OnBehalfOf = NullIfBlank(form.SignerOnBehalfOf),
        };
        data.Recipients = Lines(form.Recipients);
        data.Urgency = form.Urgency;
        data.Confidentiality = form.Confidentiality;
        data.Appendices = Lines(form.Appendices);
        data.Attachments = form.Attachments.Select(a => new Attachment { File = a.File, Title = a.Title?.Trim() ?? "" }).ToList();
        form.ApplyStatusAndRelations(data);
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
            SignerMode = document.Signer?.Mode ?? "",
            SignerSignsFor = document.Signer?.SignsFor ?? "",
            SignerOnBehalfOf = document.Signer?.OnBehalfOf ?? "",
            Recipients = string.Join("\n", document.Recipients),
            Urgency = document.Urgency,
            Confidentiality = document.Confidentiality,
            Appendices = string.Join("\n", document.Appendices),
            Year = (document as AwardDecisionData)?.Year,
            Milestones = (document as PlanData)?.Milestones.Select(m => new MilestoneRow { Due = m.Due, Text = m.Text }).ToList() ?? [],
            Awards = (document as AwardDecisionData)?.Awards
                .Select(a => new AwardRow { Kind = a.Kind, RecipientType = a.RecipientType, Recipient = a.Recipient, Unit = a.Unit, UnitId = a.UnitId }).ToList() ?? [],
            Revokes = (document as AwardDecisionData)?.Revokes
                .Select(r => new RevocationRow { Decision = r.Decision, Lines = string.Join(", ", r.Lines) }).ToList() ?? [],
            Attachments = document.Attachments,
        }.WithStatusAndRelations(document));
    }

    /// <summary>
    /// Blank rows are the form's spare ones: dropped before anything is checked, so an error's row number is the row
    /// shown with it, and a form shown again gets its few spares anew instead of piling them up.
    /// </summary>
    private static void DropSpareRows(DocumentForm form)
    {
        form.Awards.RemoveAll(row => row.IsEmpty);
        form.Revokes.RemoveAll(row => row.IsEmpty);
        form.Milestones.RemoveAll(row => row.Due is null && string.IsNullOrWhiteSpace(row.Text));
    }

    /// <summary>
    /// Finds the decisions the revocation rows name; one not found, named twice over, or lines it does not have
    /// are refused by their field, and nothing is saved. A revocation saved before stands while the decision it
    /// revokes is not published (taken down to be corrected, archived): the register applies it again when that
    /// decision is published, and an edit of this one must not fail over it.
    /// </summary>
    private async Task FindRevokedDecisionsAsync(DocumentForm form, string? ownId, IReadOnlySet<string> saved)
    {
        if (form.ReadAwards || form.Type != "AwardDecision")
        {
            return;
        }
        for (var i = 0; i < form.Revokes.Count; i++)
        {
            var row = form.Revokes[i];
            var (lines, linesError) = RevocationRow.ParseLines(row.Lines);
            if (linesError is not null)
            {
                ModelState.AddModelError($"Revokes[{i}].Lines", linesError);
            }
            if (string.IsNullOrWhiteSpace(row.Decision))
            {
                ModelState.AddModelError($"Revokes[{i}].Decision", "chưa ghi số hoặc mã của quyết định bị thu hồi");
                continue;
            }
            var found = await awardMatching.FindDecisionsAsync(row.Decision, HttpContext.RequestAborted);
            if (found.Count == 0 && saved.Contains(row.Decision.Trim()))
            {
                row.KeptDecisionId = row.Decision.Trim();
                continue;
            }
            if (found.Count != 1)
            {
                ModelState.AddModelError($"Revokes[{i}].Decision", found.Count == 0
                    ? $"không tìm thấy quyết định khen thưởng đã đăng có số hoặc mã “{row.Decision.Trim()}”"
                    : $"có {found.Count} quyết định cùng số “{row.Decision.Trim()}”: hãy ghi mã của một quyết định ({string.Join(", ", found.Select(d => d.Id))})");
                continue;
            }
            row.Found = found[0];
            if (found[0].Id == ownId)
            {
                ModelState.AddModelError($"Revokes[{i}].Decision", "một quyết định không thu hồi khen thưởng của chính nó");
            }
            else if (lines.Where(line => line > found[0].Lines).ToList() is { Count: > 0 } missing)
            {
                ModelState.AddModelError($"Revokes[{i}].Lines",
                    $"quyết định số {found[0].Number} chỉ có {found[0].Lines} dòng: không có dòng {string.Join(", ", missing)}");
            }
        }
    }

    /// <summary>Each award row shown with the unit and kind the register will link it to, and each revocation with its decision.</summary>
    private async Task<IActionResult> WithMatchesAsync(IActionResult result)
    {
        if (result is ViewResult { Model: DocumentForm shown })
        {
            await WithRelationsAsync(shown);
        }
        if (result is not ViewResult { Model: DocumentForm { Type: "AwardDecision" } form })
        {
            return result;
        }
        var unmatched = form.Awards.Where(row => !row.IsEmpty && row.Match is null).ToList();
        var matches = await awardMatching.MatchAsync(unmatched.Select(row => row.ToEntry()).ToList(), HttpContext.RequestAborted);
        foreach (var (row, match) in unmatched.Zip(matches))
        {
            row.Match = match;
        }
        foreach (var row in form.Revokes.Where(r => r.Found is null && !string.IsNullOrWhiteSpace(r.Decision)))
        {
            row.Found = await awardMatching.FindDecisionsAsync(row.Decision!, HttpContext.RequestAborted) is [var only] ? only : null;
        }
        return result;
    }

    /// <summary>The relations the text names (dismissed ones too, so they can be ticked back) and the documents to pick from.</summary>
    private async Task WithRelationsAsync(DocumentForm form)
    {
        var data = (OfficialDocumentData)ToData(form);
        data.DismissedCitations = null;
        data.Relations = null;
        form.TextCitations = CitationReader.Read(data).Where(c => c.Source == CitationSource.Text).ToList();
        form.Archive = await archive.ListAsync(HttpContext.RequestAborted);
    }

    private DocumentForm WithOptions(DocumentForm form)
    {
        form.TypeOptions = contentTypes.NamesIn(DocumentsSection.Section).Select(contentTypes.Get).ToList();
        return form;
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
