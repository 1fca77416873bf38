using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

public sealed record ContentListPage(
    PagedResult<ContentRecord> Page,
    AdminLookups Lookups,
    string? Type,
    string? ClusterId,
    ContentStatus? Status,
    IReadOnlyList<ClusterSummary> WritableClusters);
