namespace EmulationPortal.Core.Awards;

/// <summary>What the register would link an award line to: the unit and the catalogue's kind, each when found.</summary>
public sealed record AwardMatch(string? UnitId, string? UnitName, string? KindId, string? KindName);

/// <summary>A published decision in the register, as a later decision names it to revoke its awards.</summary>
/// <param name="Lines">How many award lines it has.</param>
public sealed record AwardDecisionReference(string Id, string? Number, string? Date, string Title, int Lines);

/// <summary>
/// The register's matching, asked before anything is saved: the award editor shows which unit and kind each
/// line will link to, by the same rules the register applies on publish.
/// </summary>
public interface IAwardMatching
{
    /// <summary>One match for each entry, in their order.</summary>
    Task<IReadOnlyList<AwardMatch>> MatchAsync(IReadOnlyList<AwardEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published decisions with awards that a revocation may name by this text: their id, or their number
    /// however it is spelt ("1197/QD-UBND" for "1197/QĐ-UBND"). Several when one number was given twice.
    /// </summary>
    Task<IReadOnlyList<AwardDecisionReference>> FindDecisionsAsync(string idOrNumber, CancellationToken cancellationToken = default);
}
