using EmulationPortal.Consultations.Models;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Consultations.Services;

/// <summary>
/// Published consultations with their periods worked out on today's working calendar; an award decision's page links
/// back to the consultation that named its number.
/// </summary>
public sealed class ConsultationDirectory(ContentStore contentStore, ContentTypeRegistry types, IWorkingCalendarProvider workingCalendar,
    TimeProvider clock, ContentLinks links) : IRelatedContent
{
    private static readonly string[] TypeNames = [ConsultationType.TypeName];

    public DateOnly Today => clock.TodayInVietnam();

    public Task<WorkingCalendar> CalendarAsync(CancellationToken cancellationToken) => workingCalendar.GetAsync(cancellationToken);

    public async Task<ConsultationListPage> ListAsync(CancellationToken cancellationToken)
    {
        var calendar = await workingCalendar.GetAsync(cancellationToken);
        var today = Today;
        var records = await contentStore.ListAllPublishedAsync(new ContentQuery { Types = TypeNames }, cancellationToken);
        var cards = records.Select(record =>
        {
            var data = types.Deserialize<ConsultationData>(record);
            var period = ConsultationPeriod.Of(data, calendar);
            return new ConsultationCard(record, data, period, period.Countdown(today, calendar), !period.HasClosed(today));
        }).ToList();
        // Open ones closing soonest first; closed ones newest first.
        return new ConsultationListPage(
            cards.Where(c => c.IsOpen).OrderBy(c => c.Period.Closes).ToList(),
            cards.Where(c => !c.IsOpen).OrderByDescending(c => c.Period.Closes).ToList());
    }

    public async Task<IReadOnlyList<RelatedLink>> LinksAsync(ContentRecord record, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(record.Number) || record.Type == ConsultationType.TypeName)
        {
            return [];
        }
        var number = record.Number.Trim();
        var consultations = await contentStore.ListAllPublishedAsync(new ContentQuery { Types = TypeNames }, cancellationToken);
        var type = types.Get(ConsultationType.TypeName);
        return consultations
            .Where(c => string.Equals(types.Deserialize<ConsultationData>(c).DecisionNumber?.Trim(), number, StringComparison.OrdinalIgnoreCase))
            .Select(c => new RelatedLink("Đã lấy ý kiến Nhân dân trước khi khen thưởng", c.Title, links.Public(type, c.Slug)))
            .ToList();
    }

    public Task<ContentRecord?> PublishedAsync(string slug, CancellationToken cancellationToken) =>
        contentStore.GetPublishedBySlugAsync(TypeNames, slug, cancellationToken);
}
