using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Media;

namespace EmulationPortal.Documents.Models;

public sealed record DocumentPage(
    ContentRecord Record,
    IContentType Type,
    OfficialDocumentData Data,
    ClusterSummary? Cluster,
    string BodyHtml,
    IReadOnlyList<AttachmentLink> Attachments,
    DecisionAwardNotes AwardNotes,
    DocumentRelations Relations,
    string Kind,
    string JsonLd,
    IReadOnlyList<RelatedLink> OtherContent)
{
    /// <summary>The documents in the archive that the page's text names, by folded number, for the "Căn cứ" lines' links.</summary>
    public IReadOnlyDictionary<string, RegisteredDocument> Cited { get; } = Relations.Outgoing
        .Where(r => r.Key is not null && r.Document is not null).DistinctBy(r => r.Key).ToDictionary(r => r.Key!, r => r.Document!);
}

/// <summary>A decision that revoked awards, as the revoked decision's page links to it.</summary>
public sealed record RevocationNote(string Number, string Url);

/// <summary>What the awards register says of a decision's list: each line's unit page, and what was revoked.</summary>
public sealed record DecisionAwardNotes(IReadOnlyDictionary<int, (string? UnitId, RevocationNote? RevokedBy)> Lines, RevocationNote? RevokedWhole)
{
    public static readonly DecisionAwardNotes None = new(new Dictionary<int, (string?, RevocationNote?)>(), null);

    public (string? UnitId, RevocationNote? RevokedBy) Line(int line) => Lines.GetValueOrDefault(line);

    /// <summary>The decisions that revoked some of the lines, each once.</summary>
    public IReadOnlyList<RevocationNote> LineRevokers => Lines.Values.Where(l => l.RevokedBy is not null).Select(l => l.RevokedBy!).Distinct().ToList();
}
