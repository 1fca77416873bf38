using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Relations;

/// <summary>Where a relation came from: the text names it, the editor added it, or an award decision revokes the other's awards.</summary>
public enum CitationSource
{
    Text,
    Editor,
    Awards,
}

/// <summary>
/// One relation of a document to another, named by the other's folded number (<see cref="Key"/>) or, when it was
/// picked, by its id. Kept by number so a document not yet in the archive is linked when it arrives.
/// </summary>
public sealed record Citation(RelationKind Kind, string? Key, string? DocumentId, string Text, CitationSource Source);
