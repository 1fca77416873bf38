using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.Contents.Models;

/// <summary>The item's public page, its preview and its editor.</summary>
public sealed record ItemLinks(string Public, string Preview, string Edit);

public sealed record ItemPage(
    ContentRecord Item,
    IContentType Type,
    ItemLinks Links,
    ClusterSummary? Cluster,
    IReadOnlyList<ContentStore.VersionInfo> Versions,
    IReadOnlyList<ContentStore.TransitionInfo> Transitions,
    bool CanEdit,
    IReadOnlyList<WorkflowAction> Actions,
    bool CanSchedule,
    bool CanDelete,
    PreviewLinksPanel PreviewLinks,
    ReviewChecksPanel? Checks);
