using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.Users.Services;

/// <summary>ASP.NET Core Identity's user store over the portal's own tables.</summary>
public sealed class PortalUserStore(IDbConnectionFactory connections) :
    IUserPasswordStore<PortalUser>,
    IUserSecurityStampStore<PortalUser>,
    IUserLockoutStore<PortalUser>,
    IUserRoleStore<PortalUser>,
    IUserEmailStore<PortalUser>
{
    private const string Columns = """
        id AS Id, user_name AS UserName, email AS Email, display_name AS DisplayName, password_hash AS PasswordHash,
        security_stamp AS SecurityStamp, lockout_end_utc AS LockoutEndUtc, access_failed_count AS AccessFailedCount,
        lockout_enabled AS LockoutEnabled, created_utc AS CreatedUtc
        """;

    public void Dispose()
    {
    }

    public async Task<IdentityResult> CreateAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO users (id, user_name, normalized_user_name, email, display_name, password_hash, security_stamp,
                    lockout_end_utc, access_failed_count, lockout_enabled, created_utc)
                VALUES (@Id, @UserName, @Normalized, @Email, @DisplayName, @PasswordHash, @SecurityStamp,
                    @LockoutEndUtc, @AccessFailedCount, @LockoutEnabled, @CreatedUtc)
                """, Parameters(user), cancellationToken: cancellationToken));
            return IdentityResult.Success;
        }
        catch (Exception e) when (connections.Dialect.IsUniqueViolation(e))
        {
            return IdentityResult.Failed(new PortalIdentityErrors().DuplicateUserName(user.UserName));
        }
    }

    public async Task<IdentityResult> UpdateAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET user_name = @UserName, normalized_user_name = @Normalized, email = @Email, display_name = @DisplayName,
                password_hash = @PasswordHash, security_stamp = @SecurityStamp, lockout_end_utc = @LockoutEndUtc,
                access_failed_count = @AccessFailedCount, lockout_enabled = @LockoutEnabled
            WHERE id = @Id
            """, Parameters(user), cancellationToken: cancellationToken));
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @Id", new { user.Id }, cancellationToken: cancellationToken));
        return IdentityResult.Success;
    }

    public async Task<PortalUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PortalUser>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE id = @userId", new { userId }, cancellationToken: cancellationToken));
    }

    public async Task<PortalUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PortalUser>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE normalized_user_name = @normalizedUserName", new { normalizedUserName }, cancellationToken: cancellationToken));
    }

    public Task<string> GetUserIdAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(PortalUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Normalize(user.UserName));

    // The normalized name is derived from the name on every write, so there is nothing to keep here.
    public Task SetNormalizedUserNameAsync(PortalUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetPasswordHashAsync(PortalUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(PortalUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.LockoutEndUtc is { } end ? new DateTimeOffset(end, TimeSpan.Zero) : (DateTimeOffset?)null);

    public Task SetLockoutEndDateAsync(PortalUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEndUtc = lockoutEnd?.UtcDateTime;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(PortalUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(PortalUser user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public async Task AddToRoleAsync(PortalUser user, string roleName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO user_roles (user_id, role) VALUES (@Id, @role) ON CONFLICT (user_id, role) DO NOTHING",
            new { user.Id, role = CanonicalRole(roleName) }, cancellationToken: cancellationToken));
    }

    public async Task RemoveFromRoleAsync(PortalUser user, string roleName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM user_roles WHERE user_id = @Id AND role = @role", new { user.Id, role = CanonicalRole(roleName) }, cancellationToken: cancellationToken));
    }

    public async Task<IList<string>> GetRolesAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT role FROM user_roles WHERE user_id = @Id ORDER BY role", new { user.Id }, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<bool> IsInRoleAsync(PortalUser user, string roleName, CancellationToken cancellationToken) =>
        (await GetRolesAsync(user, cancellationToken)).Contains(CanonicalRole(roleName));

    public async Task<IList<PortalUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PortalUser>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE id IN (SELECT user_id FROM user_roles WHERE role = @role) ORDER BY user_name",
            new { role = CanonicalRole(roleName) }, cancellationToken: cancellationToken))).ToList();
    }

    public Task SetEmailAsync(PortalUser user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email;
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    // Accounts are created by administrators, who vouch for the address.
    public Task<bool> GetEmailConfirmedAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetEmailConfirmedAsync(PortalUser user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<PortalUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<PortalUser>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE UPPER(email) = @normalizedEmail", new { normalizedEmail }, cancellationToken: cancellationToken));
    }

    public Task<string?> GetNormalizedEmailAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.Email?.ToUpperInvariant());

    public Task SetNormalizedEmailAsync(PortalUser user, string? normalizedEmail, CancellationToken cancellationToken) => Task.CompletedTask;

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    /// <summary>Identity hands roles over normalized (upper case); the portal keeps their own spelling.</summary>
    private static string CanonicalRole(string role) =>
        PortalRoles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Unknown role '{role}'.");

    private static object Parameters(PortalUser user) => new
    {
        user.Id,
        user.UserName,
        Normalized = Normalize(user.UserName),
        user.Email,
        user.DisplayName,
        user.PasswordHash,
        user.SecurityStamp,
        user.LockoutEndUtc,
        user.AccessFailedCount,
        user.LockoutEnabled,
        user.CreatedUtc,
    };
}
