using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

public sealed record ItemPage(
    ContentRecord Item,
    IContentType Type,
    ClusterSummary? Cluster,
    IReadOnlyList<ContentStore.VersionInfo> Versions,
    IReadOnlyList<ContentStore.TransitionInfo> Transitions,
    bool CanEdit,
    IReadOnlyList<WorkflowAction> Actions,
    bool CanSchedule);
