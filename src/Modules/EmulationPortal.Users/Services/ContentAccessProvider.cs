using System.Security.Claims;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Users.Models;
using Microsoft.AspNetCore.Http;

namespace EmulationPortal.Users.Services;

/// <summary>
/// Reads roles from the database on each request rather than from the cookie, so a role taken
/// away by an administrator is gone at the person's next click.
/// </summary>
public sealed class ContentAccessProvider(IDbConnectionFactory connections, IHttpContextAccessor http) : IContentAccessProvider
{
    private static readonly object CacheKey = new();

    public async Task<ContentAccess> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var items = http.HttpContext?.User == user ? http.HttpContext.Items : null;
        if (items?[CacheKey] is ContentAccess cached)
        {
            return cached;
        }
        var access = await LoadAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (items is not null)
        {
            items[CacheKey] = access;
        }
        return access;
    }

    public async Task<ContentAccess> LoadAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return ContentAccess.Anonymous;
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        var userName = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT user_name FROM users WHERE id = @userId", new { userId }, cancellationToken: cancellationToken));
        if (userName is null)
        {
            return ContentAccess.Anonymous;
        }
        var roles = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT role FROM user_roles WHERE user_id = @userId", new { userId }, cancellationToken: cancellationToken))).ToHashSet();
        var clusters = (await connection.QueryAsync<(string ClusterId, string Role)>(new CommandDefinition(
            "SELECT cluster_id, role FROM user_clusters WHERE user_id = @userId", new { userId }, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.ClusterId, c => Enum.Parse<ClusterRole>(c.Role));
        return new ContentAccess(userId, userName, roles.Contains(PortalRoles.Administrator), roles.Contains(PortalRoles.Staff), clusters);
    }
}
