using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

public sealed record DashboardPage(
    ContentAccess Access,
    PagedResult<ContentRecord>? AwaitingMyReview,
    PagedResult<ContentRecord> MyDrafts,
    PagedResult<ContentRecord> RecentlyPublished,
    PagedResult<ContentRecord> Scheduled,
    AdminLookups Lookups);
