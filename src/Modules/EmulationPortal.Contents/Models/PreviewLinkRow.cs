using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

/// <summary>A shared preview link as <c>preview_links</c> keeps it: who made it for which version, until when, and what became of it.</summary>
public sealed class PreviewLinkRow
{
    public string Id { get; set; } = "";
    public string ItemId { get; set; } = "";
    public int Version { get; set; }
    public bool VoidOnChange { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public string? RevokedBy { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public DateTime? LastOpenedUtc { get; set; }

    /// <summary>Neither revoked nor expired at <paramref name="nowUtc"/>.</summary>
    public bool InForceAt(DateTime nowUtc) => RevokedUtc is null && ExpiresUtc > nowUtc;

    public PreviewLink ToLink() => new(Id, ItemId, Version, VoidOnChange, ExpiresUtc);
}
