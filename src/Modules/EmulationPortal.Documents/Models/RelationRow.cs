namespace EmulationPortal.Documents.Models;

/// <summary>A relation as the editor types it: its kind and the other document's number (or, for one picked, its id).</summary>
public sealed class RelationRow
{
    public RelationKind Kind { get; set; } = RelationKind.Related;
    public string? Target { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Target);
}
