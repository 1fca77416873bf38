using EmulationPortal.Awards.Models;
using EmulationPortal.Core.Awards;

namespace EmulationPortal.Awards.Services;

/// <summary>A unit as its page and the API show it: who it is, its clusters year by year, its awards and streaks.</summary>
public sealed record UnitRecord(UnitSummary Unit, IReadOnlyList<UnitTerm> Terms, IReadOnlyList<AwardLine> Awards, IReadOnlyList<AwardStreak> Streaks);

public sealed class UnitHistory(IUnitDirectory units, AwardLookup lookup, IEnumerable<IUnitResults> results)
{
    public async Task<UnitRecord?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (await units.FindAsync(slug, cancellationToken) is not { } unit)
        {
            return null;
        }
        var (awards, streaks) = await lookup.OfUnitAsync(unit.Id, cancellationToken);
        var terms = await units.TermsAsync(unit.Id, cancellationToken);
        foreach (var source in results)
        {
            var found = await source.OfUnitAsync(unit.Id, cancellationToken);
            terms = terms.Select(t => found.TryGetValue((t.ClusterId, t.Year), out var result) ? t with { Result = result } : t).ToList();
        }
        return new UnitRecord(unit, terms, awards, streaks);
    }
}
