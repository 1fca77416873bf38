using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Awards.Models;

public sealed record AwardDecisionLink(string Id, string? Number, DateOnly? Date, string Title, string Url);

public sealed record AwardUnitLink(string Id, string Name);

/// <summary>One line of the register as pages, exports and the API show it.</summary>
/// <param name="Kind">The catalogue's name when the line's kind is in it, else the decision's own words.</param>
/// <param name="UnitText">The unit as the decision wrote it.</param>
/// <param name="RevokedBy">The decision that took the award back, or null.</param>
public sealed record AwardLine(
    AwardDecisionLink Decision,
    int Line,
    int Year,
    string? KindId,
    string Kind,
    AwardLevel? Level,
    RecipientType RecipientType,
    string Recipient,
    AwardUnitLink? Unit,
    string? UnitText,
    ClusterSummary? Cluster,
    AwardDecisionLink? RevokedBy);

public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>A page of the look-up.</summary>
/// <param name="Total">Lines found, revoked ones included (they are listed, marked).</param>
/// <param name="Revoked">How many of them were revoked; facets count only the others.</param>
/// <param name="Facets">year, kind, cluster, level, recipientType: each value's count of lines in force.</param>
public sealed record AwardLookupResult(
    AwardFilter Filter,
    int Total,
    int Revoked,
    IReadOnlyList<AwardLine> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<Services.AwardStreak> Streaks)
{
    public int PageCount => Math.Max(1, (Total + AwardFilter.PageSize - 1) / AwardFilter.PageSize);
}
