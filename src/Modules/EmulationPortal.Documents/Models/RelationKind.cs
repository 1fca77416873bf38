namespace EmulationPortal.Documents.Models;

/// <summary>How one document stands to another it names.</summary>
public enum RelationKind
{
    /// <summary>Căn cứ: cites it as a legal basis.</summary>
    Cites,

    /// <summary>Theo đề nghị … tại Tờ trình số …: answers its proposal.</summary>
    Answers,

    /// <summary>Sửa đổi, bổ sung.</summary>
    Amends,

    /// <summary>Thay thế.</summary>
    Replaces,

    /// <summary>Bãi bỏ, thu hồi toàn bộ.</summary>
    Revokes,

    /// <summary>Bãi bỏ, thu hồi một phần (some articles, some award lines).</summary>
    RevokesPartly,

    /// <summary>Hướng dẫn, triển khai, thực hiện.</summary>
    Implements,

    Related,
}

public static class RelationKinds
{
    public static readonly IReadOnlyList<RelationKind> All = Enum.GetValues<RelationKind>();

    /// <summary>What the citing document does to the cited one, as the citing one's page says it.</summary>
    public static string Outgoing(RelationKind kind) => kind switch
    {
        RelationKind.Cites => "Căn cứ",
        RelationKind.Answers => "Theo đề nghị tại",
        RelationKind.Amends => "Sửa đổi, bổ sung",
        RelationKind.Replaces => "Thay thế",
        RelationKind.Revokes => "Bãi bỏ, thu hồi",
        RelationKind.RevokesPartly => "Bãi bỏ, thu hồi một phần",
        RelationKind.Implements => "Hướng dẫn, triển khai",
        RelationKind.Related => "Liên quan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The same relation as the cited document's page says it.</summary>
    public static string Incoming(RelationKind kind) => kind switch
    {
        RelationKind.Cites => "Được căn cứ bởi",
        RelationKind.Answers => "Được trả lời bởi",
        RelationKind.Amends => "Được sửa đổi, bổ sung bởi",
        RelationKind.Replaces => "Bị thay thế bởi",
        RelationKind.Revokes => "Bị bãi bỏ, thu hồi bởi",
        RelationKind.RevokesPartly => "Bị bãi bỏ, thu hồi một phần bởi",
        RelationKind.Implements => "Được hướng dẫn, triển khai bởi",
        RelationKind.Related => "Liên quan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kinds that end a document's force, wholly or in part.</summary>
    public static bool Ends(RelationKind kind) => kind is RelationKind.Replaces or RelationKind.Revokes or RelationKind.RevokesPartly;
}

/// <summary>A relation an editor added by hand: to a number (which may not be in the archive yet) or to a document picked by id.</summary>
public sealed class DocumentRelation
{
    public RelationKind Kind { get; set; }

    /// <summary>The other document's number as written, e.g. "98/2023/NĐ-CP".</summary>
    public string? Number { get; set; }

    /// <summary>The other document's id, when the editor picked it.</summary>
    public string? Document { get; set; }
}
