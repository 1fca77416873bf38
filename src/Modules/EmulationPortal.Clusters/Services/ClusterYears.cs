using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Clusters.Services;

/// <summary>The published years of the clusters (covenants, scores, votes) and the units they name.</summary>
public sealed class ClusterYears(ContentStore contentStore, ContentTypeRegistry types, ClusterStore clusters) : IUnitResults
{
    private static readonly string[] TypeNames = [ClusterYearType.TypeName];

    /// <summary>The units that may appear in a year's tables: that year's members, else the nearest earlier term's, else any term's.</summary>
    public async Task<IReadOnlyList<Unit>> MembersAsync(string? clusterId, int year, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(clusterId))
        {
            return [];
        }
        var terms = await clusters.TermsAsync(clusterId, cancellationToken);
        var term = terms.FirstOrDefault(t => t.Year == year) ?? terms.Where(t => t.Year < year).MaxBy(t => t.Year);
        return term?.Members ?? terms.SelectMany(t => t.Members).DistinctBy(u => u.Id).ToList();
    }

    /// <summary>The member a pasted name means (its name read as the awards register reads names: folded, "UBND" spelt out), or null.</summary>
    public static Unit? Match(IReadOnlyList<Unit> members, string written)
    {
        var key = NameKey.Of(written);
        return members.FirstOrDefault(u => NameKey.Of(u.Name) == key || u.Id == written.Trim());
    }

    public async Task<IReadOnlyList<(ContentRecord Record, ClusterYearData Data)>> PublishedAsync(string? clusterId, CancellationToken cancellationToken = default)
    {
        var items = await contentStore.ListAllPublishedAsync(new ContentQuery { Types = TypeNames, ClusterId = clusterId }, cancellationToken);
        return items.Select(r => (r, types.Deserialize<ClusterYearData>(r))).OrderByDescending(y => y.Item2.Year).ToList();
    }

    /// <summary>A unit's rank, score and votes in each published year it was scored in, by cluster and year.</summary>
    public async Task<IReadOnlyDictionary<(string ClusterId, int Year), UnitYearResult>> OfUnitAsync(string unitId, CancellationToken cancellationToken = default) =>
        (await PublishedAsync(null, cancellationToken))
            .Select(y => (y.Record.ClusterId, y.Data, Score: y.Data.Scores.FirstOrDefault(s => s.Unit == unitId), Vote: y.Data.Votes.FirstOrDefault(v => v.Unit == unitId)))
            .Where(y => y.Score is not null || y.Vote is not null)
            .DistinctBy(y => (y.ClusterId, y.Data.Year))
            .ToDictionary(y => (y.ClusterId, y.Data.Year),
                y => new UnitYearResult(y.Score?.Rank, y.Data.Scores.Count, y.Score?.CheckedScore ?? y.Score?.SelfScore, y.Vote is not null, y.Vote?.Count));
}
