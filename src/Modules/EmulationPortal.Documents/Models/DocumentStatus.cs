namespace EmulationPortal.Documents.Models;

/// <summary>Whether a document still stands, in the terms vbpl.vn uses for every legal document.</summary>
public enum DocumentStatus
{
    InForce,
    NotYetInForce,
    PartlyExpired,
    Expired,
    Replaced,
    Revoked,
}

public static class DocumentStatuses
{
    public static readonly IReadOnlyList<DocumentStatus> All = Enum.GetValues<DocumentStatus>();

    public static string Label(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "Còn hiệu lực",
        DocumentStatus.NotYetInForce => "Chưa có hiệu lực",
        DocumentStatus.PartlyExpired => "Hết hiệu lực một phần",
        DocumentStatus.Expired => "Hết hiệu lực toàn bộ",
        DocumentStatus.Replaced => "Bị thay thế",
        DocumentStatus.Revoked => "Bị bãi bỏ, thu hồi",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The value of <c>?hieu-luc=</c> in public addresses.</summary>
    public static string Slug(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "con-hieu-luc",
        DocumentStatus.NotYetInForce => "chua-co-hieu-luc",
        DocumentStatus.PartlyExpired => "het-hieu-luc-mot-phan",
        DocumentStatus.Expired => "het-hieu-luc",
        DocumentStatus.Replaced => "bi-thay-the",
        DocumentStatus.Revoked => "bi-bai-bo",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A status from its slug or its name ("Replaced"), as addresses and the API take it.</summary>
    public static DocumentStatus? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : All.Where(s => Slug(s) == text.Trim() || string.Equals(s.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(s => (DocumentStatus?)s).FirstOrDefault();

    /// <summary>schema.org's <c>LegalForceStatus</c>.</summary>
    public static string LegalForce(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "https://schema.org/InForce",
        DocumentStatus.PartlyExpired => "https://schema.org/PartiallyInForce",
        _ => "https://schema.org/NotInForce",
    };

    /// <summary>Whether readers should be warned off relying on the document.</summary>
    public static bool Stands(DocumentStatus status) => status is DocumentStatus.InForce or DocumentStatus.PartlyExpired;

    /// <summary>
    /// The status a document has on <paramref name="today"/>. A later document that replaces or revokes it wins
    /// over a status set by hand that says it stands (editors forget to come back to the older one), but not over
    /// one set by hand that already says it is gone; without either, its dates decide.
    /// </summary>
    public static DocumentStatus Resolve(DocumentStatus? setByHand, DateOnly? effectiveOn, DateOnly? expiresOn,
        IEnumerable<RelationKind> incoming, DateOnly today)
    {
        var kinds = incoming.ToHashSet();
        DocumentStatus? implied = kinds.Contains(RelationKind.Replaces) ? DocumentStatus.Replaced
            : kinds.Contains(RelationKind.Revokes) ? DocumentStatus.Revoked
            : kinds.Contains(RelationKind.RevokesPartly) ? DocumentStatus.PartlyExpired
            : null;
        var byHandGone = setByHand is DocumentStatus.Expired or DocumentStatus.Replaced or DocumentStatus.Revoked;
        if (implied is { } fromRelations && !byHandGone && !(implied == DocumentStatus.PartlyExpired && setByHand is not (null or DocumentStatus.InForce)))
        {
            return fromRelations;
        }
        if (setByHand is { } hand)
        {
            return hand;
        }
        if (expiresOn is { } expires && expires <= today)
        {
            return DocumentStatus.Expired;
        }
        return effectiveOn is { } effective && effective > today ? DocumentStatus.NotYetInForce : DocumentStatus.InForce;
    }
}
