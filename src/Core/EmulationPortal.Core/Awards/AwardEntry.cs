namespace EmulationPortal.Core.Awards;

public enum RecipientType
{
    Collective,
    Individual,
}

public static class RecipientTypes
{
    public static string Name(RecipientType type) => type == RecipientType.Collective ? "Tập thể" : "Cá nhân";
}

/// <summary>One line of an award decision's list, as the register reads it.</summary>
/// <param name="UnitId">The unit an editor picked from the directory; when null the register matches by name.</param>
public sealed record AwardEntry(string Kind, RecipientType RecipientType, string Recipient, string? Unit, string? UnitId);

/// <summary>
/// A later decision taking back awards of an earlier one (Law on Emulation and Commendation 2022, chapter VII).
/// </summary>
/// <param name="DecisionId">The revoked decision's stable id.</param>
/// <param name="Lines">1-based lines of the revoked decision's list; empty revokes the whole decision.</param>
public sealed record AwardRevocation(string DecisionId, IReadOnlyList<int> Lines);

/// <summary>
/// Content whose data grants or revokes awards. The register (the Awards module) reads every published item
/// that implements it, so a content type joins the register by implementing it on its data.
/// </summary>
public interface IAwardingContent
{
    /// <summary>The emulation year the awards are for (often the year before the decision).</summary>
    int AwardYear { get; }

    IReadOnlyList<AwardEntry> AwardEntries { get; }

    IReadOnlyList<AwardRevocation> Revocations { get; }
}
