using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

/// <summary>What the content admin pages show: the dashboard, the list, one item and a comparison.</summary>
public sealed record DashboardPage(
    ContentAccess Access,
    PagedResult<ContentRecord>? AwaitingMyReview,
    PagedResult<ContentRecord> MyDrafts,
    PagedResult<ContentRecord> RecentlyPublished,
    PagedResult<ContentRecord> Scheduled,
    AdminLookups Lookups);

public sealed record ContentListPage(
    PagedResult<ContentRecord> Page,
    AdminLookups Lookups,
    string? Type,
    string? ClusterId,
    ContentStatus? Status,
    IReadOnlyList<ClusterSummary> WritableClusters);

public sealed record ItemPage(
    ContentRecord Item,
    IContentType Type,
    ClusterSummary? Cluster,
    IReadOnlyList<ContentStore.VersionInfo> Versions,
    IReadOnlyList<ContentStore.TransitionInfo> Transitions,
    bool CanEdit,
    IReadOnlyList<WorkflowAction> Actions,
    bool CanSchedule);

public sealed record DiffPage(ContentRecord Item, int From, int To, LineDiff Diff);

/// <summary>Types and clusters by id, for showing names in lists.</summary>
public sealed record AdminLookups(ContentTypeRegistry Types, IReadOnlyDictionary<string, ClusterSummary> Clusters)
{
    public string TypeName(string type) => Types.Find(type)?.DisplayName ?? type;

    public string ClusterName(string id) => Clusters.GetValueOrDefault(id)?.Name ?? id;
}
