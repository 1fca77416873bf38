namespace EmulationPortal.Awards.Services;

/// <summary>One award of one recipient in one emulation year, as streaks are counted from it.</summary>
/// <param name="Subject">Who holds it: a person within a unit, or a unit itself (<see cref="AwardLookup.SubjectOf"/>).</param>
/// <param name="KindKey">The kind as the register matches it: the catalogue id, or the NameKey of the text.</param>
public sealed record AwardYear(string Subject, string SubjectName, string KindKey, string KindName, int Year, bool Revoked);

/// <summary>Consecutive emulation years in which one recipient received one kind of award.</summary>
public sealed record AwardStreak(string Subject, string SubjectName, string Kind, IReadOnlyList<int> Years)
{
    public int Length => Years.Count;

    /// <summary>"Chiến sĩ thi đua cơ sở: 2023, 2024, 2025 — 3 năm liên tục".</summary>
    public string Describe() => $"{Kind}: {string.Join(", ", Years)} — {Length} năm liên tục";
}

/// <summary>
/// The runs of consecutive years of each kind, read from the register: a fact, not a judgment of eligibility.
/// A revoked award does not count, so it breaks a run; two awards of one kind in one year count as one year.
/// </summary>
public static class AwardStreaks
{
    public const int ShortestShown = 2;

    public static IReadOnlyList<AwardStreak> Of(IEnumerable<AwardYear> awards, int shortest = ShortestShown) =>
        awards.Where(a => !a.Revoked)
            .GroupBy(a => (a.Subject, a.KindKey))
            .SelectMany(group =>
            {
                // The name as first written: a later decision's capitals do not rename a person.
                var first = group.MinBy(a => a.Year)!;
                return Runs(group.Select(a => a.Year).Distinct().Order())
                    .Where(run => run.Count >= shortest)
                    .Select(run => new AwardStreak(first.Subject, first.SubjectName, first.KindName, run));
            })
            .OrderByDescending(s => s.Years[^1]).ThenByDescending(s => s.Length).ThenBy(s => s.SubjectName, StringComparer.Ordinal)
            .ThenBy(s => s.Kind, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<IReadOnlyList<int>> Runs(IEnumerable<int> orderedYears)
    {
        var run = new List<int>();
        foreach (var year in orderedYears)
        {
            if (run.Count > 0 && year != run[^1] + 1)
            {
                yield return run;
                run = [];
            }
            run.Add(year);
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
