using EmulationPortal.Awards.Models;
using EmulationPortal.Core.Awards;

namespace EmulationPortal.Awards.Services;

/// <summary>A unit as its page and the API show it: who it is, its clusters year by year, its awards and streaks.</summary>
public sealed record UnitRecord(UnitSummary Unit, IReadOnlyList<UnitTerm> Terms, IReadOnlyList<AwardLine> Awards, IReadOnlyList<AwardStreak> Streaks);

public sealed class UnitHistory(IUnitDirectory units, AwardLookup lookup)
{
    public async Task<UnitRecord?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (await units.FindAsync(slug, cancellationToken) is not { } unit)
        {
            return null;
        }
        var (awards, streaks) = await lookup.OfUnitAsync(unit.Id, cancellationToken);
        return new UnitRecord(unit, await units.TermsAsync(unit.Id, cancellationToken), awards, streaks);
    }
}
