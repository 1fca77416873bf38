using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

/// <summary>A "write new" button: a type and the address of its editor, in the list's cluster when one is chosen.</summary>
public sealed record CreateLink(string TypeName, string Url);

public sealed record ContentListPage(
    PagedResult<ContentRecord> Page,
    AdminLookups Lookups,
    string? Type,
    string? ClusterId,
    ContentStatus? Status,
    string? Text,
    IReadOnlyList<ClusterSummary> WritableClusters,
    IReadOnlyList<CreateLink> CreateLinks);
