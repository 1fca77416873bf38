using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Users.Models;

namespace EmulationPortal.Users.Services;

/// <summary>One account as the administrators' pages show it: who, which roles, which clusters.</summary>
public sealed record UserSummary(
    string Id,
    string UserName,
    string? DisplayName,
    string? Email,
    DateTime? LockoutEndUtc,
    IReadOnlyList<string> Roles,
    IReadOnlyDictionary<string, ClusterRole> Clusters)
{
    public bool IsLockedOut(DateTime nowUtc) => LockoutEndUtc is { } end && end > nowUtc;
}

/// <summary>
/// Accounts' roles and cluster assignments for the administrators' pages. Passwords and the
/// account itself go through Identity's <c>UserManager</c>; what is written here is written whole.
/// </summary>
public sealed class UserAdministration(IDbConnectionFactory connections)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var users = await connection.QueryAsync<(string Id, string UserName, string? DisplayName, string? Email, DateTime? LockoutEndUtc)>(new CommandDefinition(
            "SELECT id, user_name, display_name, email, lockout_end_utc FROM users ORDER BY normalized_user_name", cancellationToken: cancellationToken));
        var roles = (await connection.QueryAsync<(string UserId, string Role)>(new CommandDefinition(
            "SELECT user_id, role FROM user_roles ORDER BY role", cancellationToken: cancellationToken))).ToLookup(r => r.UserId, r => r.Role);
        var clusters = (await connection.QueryAsync<(string UserId, string ClusterId, string Role)>(new CommandDefinition(
            "SELECT user_id, cluster_id, role FROM user_clusters ORDER BY cluster_id", cancellationToken: cancellationToken))).ToLookup(c => c.UserId);
        return users.Select(u => new UserSummary(u.Id, u.UserName, u.DisplayName, u.Email, u.LockoutEndUtc,
                roles[u.Id].ToList(),
                clusters[u.Id].ToDictionary(c => c.ClusterId, c => Enum.Parse<ClusterRole>(c.Role))))
            .ToList();
    }

    public async Task<UserSummary?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string Id, string UserName, string? DisplayName, string? Email, DateTime? LockoutEndUtc)>(new CommandDefinition(
            "SELECT id, user_name, display_name, email, lockout_end_utc FROM users WHERE id = @id", new { id }, cancellationToken: cancellationToken))).AsList();
        if (rows.Count == 0)
        {
            return null;
        }
        var found = rows[0];
        var roles = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT role FROM user_roles WHERE user_id = @id ORDER BY role", new { id }, cancellationToken: cancellationToken));
        var clusters = await connection.QueryAsync<(string ClusterId, string Role)>(new CommandDefinition(
            "SELECT cluster_id, role FROM user_clusters WHERE user_id = @id", new { id }, cancellationToken: cancellationToken));
        return new UserSummary(found.Id, found.UserName, found.DisplayName, found.Email, found.LockoutEndUtc,
            roles.ToList(), clusters.ToDictionary(c => c.ClusterId, c => Enum.Parse<ClusterRole>(c.Role)));
    }

    /// <summary>Replaces the account's roles and cluster assignments, all or nothing.</summary>
    public async Task SetAssignmentsAsync(string userId, IEnumerable<string> roles, IReadOnlyDictionary<string, ClusterRole> clusters,
        CancellationToken cancellationToken = default)
    {
        var roleList = roles.Distinct().ToList();
        var unknown = roleList.FirstOrDefault(r => !PortalRoles.All.Contains(r));
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown role '{unknown}'.", nameof(roles));
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM user_roles WHERE user_id = @userId", new { userId }, transaction, cancellationToken: cancellationToken));
        foreach (var role in roleList)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO user_roles (user_id, role) VALUES (@userId, @role)", new { userId, role }, transaction, cancellationToken: cancellationToken));
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM user_clusters WHERE user_id = @userId", new { userId }, transaction, cancellationToken: cancellationToken));
        foreach (var (clusterId, role) in clusters)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO user_clusters (user_id, cluster_id, role) VALUES (@userId, @clusterId, @role)",
                new { userId, clusterId, role = role.ToString() }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
