using EmulationPortal.Consultations.Models;
using EmulationPortal.Consultations.Services;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Consultations.Controllers.Admin;

/// <summary>
/// The comments readers sent, for the people who review the consultation's cluster (and the board's staff): read per
/// candidate, marked handled with a note, and the closing record for the council's file.
/// </summary>
public sealed class ConsultationCommentsController(ContentStore contentStore, ContentTypeRegistry types, IContentAccessProvider accessProvider,
    ConsultationComments comments, IWorkingCalendarProvider workingCalendar, TimeProvider clock) : AdminController
{
    // The hundred most recently changed: the ones still being handled.
    private const int Listed = ContentStore.MaxPageSize;

    [HttpGet("/admin/lay-y-kien", Name = Routes.AdminList)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, cancellationToken);
        var items = await contentStore.ListForEditorsAsync(new EditorQuery { Types = [ConsultationType.TypeName], PageSize = Listed }, access, cancellationToken);
        var calendar = await workingCalendar.GetAsync(cancellationToken);
        var counts = await comments.CountsAsync(cancellationToken);
        var rows = items.Items.Where(i => access.CanReview(i.ClusterId)).Select(record =>
        {
            var data = types.Deserialize<ConsultationData>(record);
            return new ConsultationRow(record, ConsultationPeriod.Of(data, calendar), counts.GetValueOrDefault(record.Id));
        }).ToList();
        return View(new ConsultationAdminList(rows, clock.TodayInVietnam()));
    }

    [HttpGet("/admin/lay-y-kien/{id}/y-kien", Name = Routes.AdminComments)]
    public async Task<IActionResult> Comments(string id, CancellationToken cancellationToken)
    {
        var found = await ConsultationAsync(id, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        var list = await comments.ListAsync(id, cancellationToken);
        return View(new CommentsPage(found.Record!, found.Data!, found.Period!, clock.TodayInVietnam(), list));
    }

    [HttpPost("/admin/lay-y-kien/{id}/y-kien/{number:long}", Name = Routes.AdminHandle)]
    public async Task<IActionResult> Handle(string id, long number, string? note, CancellationToken cancellationToken)
    {
        var found = await ConsultationAsync(id, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        var text = note?.Trim() ?? "";
        if (text.Length is 0 or > 2000)
        {
            NotifyError($"Ý kiến {ConsultationComments.Reference(number)}: xin ghi kết quả xử lý (tối đa 2.000 ký tự).");
        }
        else if (await comments.HandleAsync(id, number, User.Identity!.Name!, text, cancellationToken))
        {
            Notify($"Đã ghi kết quả xử lý ý kiến {ConsultationComments.Reference(number)}.");
        }
        else
        {
            return NotFound();
        }
        return Redirect(Url.RouteUrl(Routes.AdminComments, new { id })! + "#y-kien-" + number);
    }

    [HttpGet("/admin/lay-y-kien/{id}/bien-ban.docx", Name = Routes.AdminRecord)]
    public async Task<IActionResult> Record(string id, CancellationToken cancellationToken)
    {
        var found = await ConsultationAsync(id, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        var list = await comments.ListAsync(id, cancellationToken);
        var url = found.Record!.PublishedVersion is null ? "" : Url.RouteUrl(Routes.Details, new { slug = found.Record.Slug }, Request.Scheme, Request.Host.Value)!;
        var bytes = ClosingRecord.Write(found.Record.Title, found.Data!, found.Period!, list, clock.TodayInVietnam(), url);
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-lay-y-kien-{found.Record.Slug}.docx");
    }

    private async Task<Found> ConsultationAsync(string id, CancellationToken cancellationToken)
    {
        var record = await contentStore.GetLatestAsync(id, cancellationToken);
        if (record is null || record.Type != ConsultationType.TypeName)
        {
            return new Found(NotFound());
        }
        var access = await accessProvider.GetAsync(User, cancellationToken);
        if (!access.CanReview(record.ClusterId))
        {
            return new Found(Forbid());
        }
        var data = types.Deserialize<ConsultationData>(record);
        return new Found(null, record, data, ConsultationPeriod.Of(data, await workingCalendar.GetAsync(cancellationToken)));
    }

    /// <summary>The consultation the person may handle, or why not.</summary>
    private sealed record Found(IActionResult? Refusal, ContentRecord? Record = null, ConsultationData? Data = null, ConsultationPeriod? Period = null);
}
