using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Awards;

/// <summary>A member unit of clusters. Its id is its public slug (<c>/don-vi/{id}</c>).</summary>
public sealed record UnitSummary(string Id, string Name, string? Province);

/// <summary>A name a unit is known by, official or alias, with its <see cref="NameKey"/>.</summary>
public sealed record UnitName(string UnitId, string Name, string Key);

public enum UnitRole
{
    Leader,
    Deputy,
    Member,
}

/// <summary>A unit's place in a cluster's year, and its result there once the year's scores are published.</summary>
/// <param name="IsBloc">The term is in a bloc (khối), whose leader is a Khối trưởng, not a cluster (cụm).</param>
public sealed record UnitTerm(int Year, string ClusterId, string ClusterName, string ClusterSlug, UnitRole Role, bool IsBloc, UnitYearResult? Result = null)
{
    public string RoleTitle => UnitRoles.Title(Role, IsBloc);
}

/// <summary>A unit's rank among <paramref name="Ranked"/> members, its checked (or own) score, and whether the year-end conference voted it leading.</summary>
public sealed record UnitYearResult(int? Rank, int Ranked, decimal? Score, bool VotedLeading, int? Votes);

/// <summary>What a role is called in a cluster (Cụm trưởng, Cụm phó) or a bloc (Khối trưởng, Khối phó).</summary>
public static class UnitRoles
{
    public static string Title(UnitRole role, bool isBloc) => role switch
    {
        UnitRole.Leader => isBloc ? "Khối trưởng" : "Cụm trưởng",
        UnitRole.Deputy => isBloc ? "Khối phó" : "Cụm phó",
        _ => "Thành viên",
    };
}

/// <summary>
/// The units the cluster directory keeps, as the awards register needs them: to link recipients to units by
/// name, to show a unit's years, and to keep a link staff made (as an alias of the unit).
/// </summary>
public interface IUnitDirectory
{
    /// <summary>Every unit's official name and aliases.</summary>
    Task<IReadOnlyList<UnitName>> NamesAsync(DataSession session);

    Task<UnitSummary?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnitSummary>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The clusters the unit belonged to, year by year (latest first).</summary>
    Task<IReadOnlyList<UnitTerm>> TermsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Units whose name or alias holds every word typed (folded), for an editor's type-ahead.</summary>
    Task<IReadOnlyList<UnitSummary>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Keeps another name of a unit, so that name links to it from now on.</summary>
    Task AddAliasAsync(DataSession session, string unitId, string alias);

    /// <summary>Adds a unit met in a decision and not yet in the directory; returns its id.</summary>
    Task<string> CreateAsync(DataSession session, string name, string? province);
}

/// <summary>A unit's results in the published years of its clusters (rank, score, votes), which the clusters' module keeps.</summary>
public interface IUnitResults
{
    Task<IReadOnlyDictionary<(string ClusterId, int Year), UnitYearResult>> OfUnitAsync(string unitId, CancellationToken cancellationToken = default);
}
