using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

/// <summary>The record of deleted drafts the person may read, the latest first, and how many the page shows at most.</summary>
public sealed record DeletionsPage(IReadOnlyList<ContentDeletion> Deletions, AdminLookups Lookups, int MostShown);
