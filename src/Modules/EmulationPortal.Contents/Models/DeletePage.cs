using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

/// <summary>What a deletion will take away, for the person to confirm.</summary>
public sealed record DeletePage(ContentRecord Item, string TypeName, IReadOnlyList<ContentStore.VersionInfo> Versions);
