using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Clusters.Services;

/// <summary>The units of the cluster directory as the awards register sees them (Core's <see cref="IUnitDirectory"/>).</summary>
public sealed class UnitDirectory(IDbConnectionFactory connections, IChangeFeed changes) : IUnitDirectory
{
    private const string UnitColumns = "id AS Id, name AS Name, province AS Province";

    public async Task<IReadOnlyList<UnitName>> NamesAsync(DataSession session)
    {
        var names = await session.Connection.QueryAsync<(string UnitId, string Name)>(
            "SELECT id, name FROM units UNION ALL SELECT unit_id, name FROM unit_aliases", transaction: session.Transaction);
        return names.Select(n => new UnitName(n.UnitId, n.Name, NameKey.Of(n.Name))).ToList();
    }

    public async Task<UnitSummary?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UnitSummary>(new CommandDefinition(
            $"SELECT {UnitColumns} FROM units WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<UnitSummary>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<UnitSummary>(new CommandDefinition(
            $"SELECT {UnitColumns} FROM units WHERE {connections.Dialect.InList("id", "@ids")}", new { ids = ids.ToArray() },
            cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<UnitTerm>> TermsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var terms = await connection.QueryAsync<(int Year, string ClusterId, string ClusterName, string ClusterSlug, string Kind, string? Leader, string? Deputy)>(
            new CommandDefinition("""
                SELECT m.year, c.id, c.name, c.slug, c.kind, t.leader_unit_id, t.deputy_unit_id
                FROM cluster_members m
                JOIN cluster_terms t ON t.cluster_id = m.cluster_id AND t.year = m.year
                JOIN clusters c ON c.id = m.cluster_id
                WHERE m.unit_id = @id
                ORDER BY m.year DESC, c.name
                """, new { id }, cancellationToken: cancellationToken));
        return terms.Select(t => new UnitTerm(t.Year, t.ClusterId, t.ClusterName, t.ClusterSlug,
            t.Leader == id ? UnitRole.Leader : t.Deputy == id ? UnitRole.Deputy : UnitRole.Member, t.Kind == nameof(ClusterKind.Bloc))).ToList();
    }

    public async Task<IReadOnlyList<UnitSummary>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var words = NameKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        // A directory holds a few thousand units at most: matching them in memory keeps the folding in one place.
        var units = (await connection.QueryAsync<UnitSummary>(new CommandDefinition(
            $"SELECT {UnitColumns} FROM units", cancellationToken: cancellationToken))).ToDictionary(u => u.Id);
        var aliases = await connection.QueryAsync<(string UnitId, string Key)>(new CommandDefinition(
            "SELECT unit_id, name_key FROM unit_aliases", cancellationToken: cancellationToken));
        var keys = units.Values.Select(u => (UnitId: u.Id, Key: NameKey.Of(u.Name))).Concat(aliases);
        return keys.Where(k => words.All(w => $" {k.Key} ".Contains($" {w}", StringComparison.Ordinal)))
            .Select(k => units[k.UnitId]).Distinct()
            .OrderBy(u => u.Name.Length).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Take(limit).ToList();
    }

    public async Task AddAliasAsync(DataSession session, string unitId, string alias)
    {
        var key = NameKey.Of(alias);
        var official = await session.Connection.QuerySingleOrDefaultAsync<string>(
            "SELECT name FROM units WHERE id = @unitId", new { unitId }, session.Transaction)
            ?? throw new KeyNotFoundException($"No unit '{unitId}'.");
        if (key.Length == 0 || NameKey.Of(official) == key)
        {
            return;
        }
        await session.Connection.ExecuteAsync("""
            INSERT INTO unit_aliases (unit_id, name, name_key) VALUES (@unitId, @name, @key)
            ON CONFLICT (unit_id, name_key) DO NOTHING
            """, new { unitId, name = alias.Trim(), key }, session.Transaction);
        changes.PublishAfterCommit(session, ChangeTopics.Clusters);
    }

    public async Task<string> CreateAsync(DataSession session, string name, string? province)
    {
        var id = await NewIdAsync(session.Connection, session.Transaction, name.Trim());
        await session.Connection.ExecuteAsync(
            "INSERT INTO units (id, name, province) VALUES (@id, @name, @province)",
            new { id, name = name.Trim(), province = string.IsNullOrWhiteSpace(province) ? null : province.Trim() }, session.Transaction);
        changes.PublishAfterCommit(session, ChangeTopics.Clusters);
        return id;
    }

    /// <summary>A unit's id is its address: the slug of its name, numbered when another unit has it.</summary>
    internal static async Task<string> NewIdAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string name)
    {
        var stem = Slug.From(name);
        if (stem.Length == 0 || ClusterAdministration.IsReservedId(stem))
        {
            stem = "don-vi";
        }
        var ids = (await connection.QueryAsync<string>(
            "SELECT id FROM units WHERE id = @stem OR id LIKE @pattern", new { stem, pattern = stem + "-%" }, transaction)).ToHashSet();
        var id = stem;
        for (var n = 2; ids.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }
}
