namespace EmulationPortal.Core.Awards;

/// <summary>The decision that took an award back, as a page links to it.</summary>
public sealed record AwardRevoker(string DecisionId, string DecisionType, string DecisionSlug, string? DecisionNumber);

/// <summary>What the register knows of one line of a decision's list.</summary>
/// <param name="Line">1-based, as in the decision's list.</param>
/// <param name="UnitId">The unit the line is linked to (its public slug), or null.</param>
public sealed record AwardLineFact(int Line, string? UnitId, AwardRevoker? RevokedBy);

/// <summary>The register's facts about one published decision.</summary>
/// <param name="RevokedWhole">The decision that revoked this one as a whole, or null.</param>
public sealed record DecisionAwardFacts(IReadOnlyDictionary<int, AwardLineFact> Lines, AwardRevoker? RevokedWhole)
{
    public static readonly DecisionAwardFacts None = new(new Dictionary<int, AwardLineFact>(), null);
}

/// <summary>
/// Register facts other modules show beside their own content (a decision's page links its lines to units and
/// says what was revoked), so they never read the Awards module's tables.
/// </summary>
public interface IAwardFacts
{
    Task<DecisionAwardFacts> OfDecisionAsync(string decisionId, CancellationToken cancellationToken = default);
}
