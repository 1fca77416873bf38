namespace EmulationPortal.Documents.Models;

/// <summary>A published official document as the register holds it, with the status it has today.</summary>
public sealed record RegisteredDocument(
    string Id,
    string Type,
    string Slug,
    string Title,
    string Number,
    DateOnly? IssuedOn,
    string Issuer,
    string Summary,
    string ClusterId,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    DocumentStatus Status);

/// <summary>
/// A relation as a page shows it: the other document when it is in the archive, else the number as the text wrote it;
/// <paramref name="Key"/> is the folded number a relation names (none for one to a document picked by id, or one towards this document).
/// </summary>
public sealed record RelatedDocument(RelationKind Kind, string Text, RegisteredDocument? Document, string? Key = null);

/// <summary>A document's relations both ways, and the status they and its own fields give it.</summary>
public sealed record DocumentRelations(IReadOnlyList<RelatedDocument> Outgoing, IReadOnlyList<RelatedDocument> Incoming, DocumentStatus Status)
{
    /// <summary>The newer document that replaced or revoked this one wholly, for the banner at its top.</summary>
    public RelatedDocument? EndedBy =>
        Incoming.FirstOrDefault(r => r.Kind == RelationKind.Replaces) ?? Incoming.FirstOrDefault(r => r.Kind == RelationKind.Revokes);

    /// <summary>The documents that revoked part of this one.</summary>
    public IReadOnlyList<RelatedDocument> PartlyRevokedBy => Incoming.Where(r => r.Kind == RelationKind.RevokesPartly).ToList();
}
