using System.Data.Common;
using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Clusters.Services;

public sealed class ClusterStore : IClusterDirectory
{
    private const string ClusterColumns = """
        id AS Id, kind AS Kind, number AS Number, name AS Name, slug AS Slug, province AS Province,
        sector AS Sector, review_required AS ReviewRequired,
        block_submit_on_warnings AS BlockSubmitOnWarnings
        """;

    private readonly IDbConnectionFactory _connections;

    // Every page shows cluster names: they are kept in memory until a change is announced.
    private volatile IReadOnlyDictionary<string, ClusterSummary>? _summaries;

    public ClusterStore(IDbConnectionFactory connections, IChangeFeed changes)
    {
        _connections = connections;
        changes.Subscribe(ChangeTopics.Clusters, () => _summaries = null);
    }

    public async Task<IReadOnlyList<Cluster>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ListAsync(connection, null);
    }

    public static async Task<IReadOnlyList<Cluster>> ListAsync(DbConnection connection, DbTransaction? transaction) =>
        (await connection.QueryAsync<Cluster>(
            $"SELECT {ClusterColumns} FROM clusters ORDER BY province, kind, number, name", transaction: transaction)).AsList();

    public async Task<Cluster?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Cluster>(new CommandDefinition(
            $"SELECT {ClusterColumns} FROM clusters WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken));
    }

    /// <summary>The cluster's years, newest first.</summary>
    public async Task<IReadOnlyList<ClusterTerm>> TermsAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await TermsAsync(connection, null, clusterId);
    }

    public static async Task<IReadOnlyList<ClusterTerm>> TermsAsync(DbConnection connection, DbTransaction? transaction, string clusterId)
    {
        var units = (await connection.QueryAsync<Unit>(
            "SELECT id AS Id, name AS Name, province AS Province FROM units", transaction: transaction)).ToDictionary(u => u.Id);
        var terms = await connection.QueryAsync<(int Year, string? Leader, string? Deputy)>(
            "SELECT year, leader_unit_id, deputy_unit_id FROM cluster_terms WHERE cluster_id = @clusterId ORDER BY year DESC",
            new { clusterId }, transaction);
        var members = (await connection.QueryAsync<(int Year, string UnitId)>(
            "SELECT year, unit_id FROM cluster_members WHERE cluster_id = @clusterId ORDER BY year, position",
            new { clusterId }, transaction)).ToLookup(m => m.Year, m => units[m.UnitId]);
        return terms.Select(t => new ClusterTerm(
            t.Year,
            t.Leader is null ? null : units[t.Leader],
            t.Deputy is null ? null : units[t.Deputy],
            members[t.Year].ToList())).ToList();
    }

    public async Task<bool> ExistsAsync(DataSession session, string id) =>
        await session.Connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM clusters WHERE id = @id", new { id }, session.Transaction) > 0;

    public async Task<IReadOnlyDictionary<string, ClusterSummary>> AllAsync(CancellationToken cancellationToken = default) =>
        _summaries ??= (await ListAsync(cancellationToken)).ToDictionary(c => c.Id, c => new ClusterSummary(c.Id, c.Name, c.Slug, c.ReviewRequired)
        {
            BlockSubmitOnWarnings = c.BlockSubmitOnWarnings,
        });
}
