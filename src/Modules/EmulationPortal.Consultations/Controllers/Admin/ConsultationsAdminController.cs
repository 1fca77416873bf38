using EmulationPortal.Consultations.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Consultations.Controllers.Admin;

/// <summary>
/// The editor of a consultation. Once readers have seen the list, a change to it is saved only as a correction with
/// its note, which the public page shows with whether the period starts again.
/// </summary>
public sealed class ConsultationsAdminController(ContentEditorServices editor, TimeProvider clock) : ContentEditorController<ConsultationForm>(editor)
{
    private readonly ContentStore _store = editor.Store;
    private readonly ContentTypeRegistry _types = editor.Types;

    [HttpGet("/admin/lay-y-kien/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> New([FromQuery(Name = "cum")] string? clusterId) =>
        NewAsync(new ConsultationForm { ClusterId = clusterId ?? "", Opens = clock.TodayInVietnam() });

    [HttpPost("/admin/lay-y-kien/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> Create(ConsultationForm form) => CreateAsync(form);

    [HttpGet("/admin/lay-y-kien/{id}/sua", Name = Routes.AdminEdit)]
    public async Task<IActionResult> Edit(string id)
    {
        var result = await EditAsync(id);
        if (result is ViewResult { Model: ConsultationForm form })
        {
            form.WasPublished = (await _store.GetLatestAsync(id, HttpContext.RequestAborted))?.PublishedVersion is not null;
        }
        return result;
    }

    [HttpPost("/admin/lay-y-kien/{id}/sua", Name = Routes.AdminEdit)]
    public async Task<IActionResult> Edit(string id, ConsultationForm form)
    {
        var item = await _store.GetLatestAsync(id, HttpContext.RequestAborted);
        if (item is not null)
        {
            form.Corrections = _types.Deserialize<ConsultationData>(item).Corrections;
            if (item.PublishedVersion is { } published && !form.ReadCandidates)
            {
                form.WasPublished = true;
                await AddCorrectionAsync(form, id, published);
            }
        }
        return await SaveAsync(id, form);
    }

    /// <summary>A change to the published list becomes a correction; without a note it is refused, with what was typed kept.</summary>
    private async Task AddCorrectionAsync(ConsultationForm form, string id, int publishedVersion)
    {
        var published = await _store.GetVersionAsync(id, publishedVersion, HttpContext.RequestAborted);
        var before = _types.Deserialize<ConsultationData>(published!);
        var note = form.CorrectionNote?.Trim() ?? "";
        var changed = ((ConsultationData)ToData(form)).ListDiffers(before) || form.Opens != before.Opens || form.WorkingDays != before.WorkingDays;
        if (changed && note.Length == 0)
        {
            ModelState.AddModelError("correction",
                "Danh sách đã công bố để lấy ý kiến: muốn sửa, xin ghi nội dung đính chính (sẽ hiện trên trang công khai).");
            return;
        }
        if (note.Length > 0)
        {
            var today = clock.TodayInVietnam();
            if (form.RestartPeriod)
            {
                form.Opens = today;
            }
            form.Corrections = [.. form.Corrections, new Correction(today, note, form.RestartPeriod)];
            form.CorrectionNote = null;
        }
    }

    protected override Task<bool> ApplyFormCommandAsync(ConsultationForm form)
    {
        if (!form.ReadCandidates)
        {
            return Task.FromResult(false);
        }
        var rows = (form.CandidatesPaste ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ReadPastedRow).Where(row => row is not null).Select(row => row!).ToList();
        form.Candidates = form.Candidates.Where(c => !c.IsBlank).Concat(rows).ToList();
        form.CandidatesPaste = null;
        ModelState.Clear();
        return Task.FromResult(true);
    }

    /// <summary>A spreadsheet row: name, then optionally "Tập thể"/"Cá nhân", unit, position, achievements.</summary>
    private static CandidateRow? ReadPastedRow(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        // A number in the first column ("1", "2.") is the row's order, as lists are numbered.
        if (cells.Count > 1 && cells[0].TrimEnd('.').All(char.IsAsciiDigit))
        {
            cells.RemoveAt(0);
        }
        if (cells.Count == 0 || cells[0].Length == 0)
        {
            return null;
        }
        var kind = cells.ElementAtOrDefault(1) ?? "";
        var hasKind = kind.StartsWith("Tập thể", StringComparison.OrdinalIgnoreCase) || kind.StartsWith("Cá nhân", StringComparison.OrdinalIgnoreCase);
        var rest = cells.Skip(hasKind ? 2 : 1).ToList();
        return new CandidateRow
        {
            Name = cells[0],
            RecipientType = hasKind && kind.StartsWith("Tập thể", StringComparison.OrdinalIgnoreCase) ? RecipientType.Collective : RecipientType.Individual,
            Unit = rest.ElementAtOrDefault(0),
            Position = rest.ElementAtOrDefault(1),
            Achievements = rest.ElementAtOrDefault(2),
        };
    }

    protected override string TypeOf(ConsultationForm form) => ConsultationType.TypeName;

    protected override ContentData ToData(ConsultationForm form) => new ConsultationData
    {
        Proposer = form.Proposer.Trim(),
        Award = form.Award.Trim(),
        Opens = form.Opens ?? default,
        WorkingDays = form.WorkingDays,
        Body = form.Body,
        DecisionNumber = string.IsNullOrWhiteSpace(form.DecisionNumber) ? null : form.DecisionNumber.Trim(),
        Candidates = form.Candidates.Where(c => !c.IsBlank).Select(c => new Candidate
        {
            Name = c.Name?.Trim() ?? "",
            RecipientType = c.RecipientType,
            Unit = c.Unit?.Trim() ?? "",
            Position = c.Position?.Trim() ?? "",
            Achievements = c.Achievements?.Trim() ?? "",
        }).ToList(),
        Corrections = form.Corrections,
        Attachments = form.Attachments.Select(a => new Attachment { File = a.File, Title = a.Title?.Trim() ?? "" }).ToList(),
    };

    protected override ConsultationForm ToForm(ContentData data)
    {
        var consultation = (ConsultationData)data;
        return new ConsultationForm
        {
            Proposer = consultation.Proposer,
            Award = consultation.Award,
            Opens = consultation.Opens,
            WorkingDays = consultation.WorkingDays,
            Body = consultation.Body,
            DecisionNumber = consultation.DecisionNumber,
            Candidates = consultation.Candidates.Select(c => new CandidateRow
            {
                Name = c.Name, RecipientType = c.RecipientType, Unit = c.Unit, Position = c.Position, Achievements = c.Achievements,
            }).ToList(),
            Corrections = consultation.Corrections,
            Attachments = consultation.Attachments,
        };
    }
}
