using EmulationPortal.Consultations.Models;
using EmulationPortal.Consultations.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace EmulationPortal.Consultations.Controllers;

/// <summary><c>/api/consultations/{id}</c>: one published consultation, its period worked out in working days, and its list.</summary>
[EnableRateLimiting(PortalRateLimits.Search)]
public sealed class ConsultationsApiController(ContentStore contentStore, ContentTypeRegistry contentTypes, ConsultationDirectory consultations,
    NumberedDocuments numbered)
    : Controller
{
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/consultations/{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var latest = await contentStore.GetLatestAsync(id, cancellationToken);
        var record = latest is { Type: ConsultationType.TypeName, PublishedVersion: { } published }
            ? await contentStore.GetVersionAsync(id, published, cancellationToken)
            : null;
        if (record is null)
        {
            return ApiProblems.NotFound($"Không có đợt lấy ý kiến “{id}”.");
        }
        var data = contentTypes.Deserialize<ConsultationData>(record);
        var calendar = await consultations.CalendarAsync(cancellationToken);
        var period = ConsultationPeriod.Of(data, calendar);
        var today = consultations.Today;
        var decision = await numbered.FindAsync(data.DecisionNumber, cancellationToken);
        return Json(new
        {
            id = record.Id,
            slug = record.Slug,
            title = record.Title,
            url = Url.RouteUrl(Routes.Details, new { slug = record.Slug }),
            proposer = data.Proposer,
            award = data.Award,
            opens = period.Opens.ToString("yyyy-MM-dd"),
            closes = period.Closes.ToString("yyyy-MM-dd"),
            workingDays = data.WorkingDays,
            workingDaysLeft = period.WorkingDaysLeft(today, calendar),
            open = period.IsOpen(today),
            candidates = data.Candidates.Select(c => new
            {
                name = c.Name, recipientType = c.RecipientType.ToString(), unit = c.Unit, position = c.Position, achievements = c.Achievements,
            }),
            corrections = data.Corrections.Select(c => new { date = c.Date.ToString("yyyy-MM-dd"), note = c.Note, restartsPeriod = c.RestartsPeriod }),
            decision = decision is null ? null : new { number = decision.Number, title = decision.Title, url = decision.Url },
        });
    }
}
