using Dapper;
using EmulationPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Users.Services;

/// <summary>
/// The lockout after failed sign-ins, kept per account <em>and</em> client address (table
/// <c>login_lockouts</c>), with Identity's limits (<c>MaxFailedAccessAttempts</c> wrong passwords lock
/// for <c>DefaultLockoutTimeSpan</c>). Per account alone, anyone could keep an administrator out by
/// typing five wrong passwords every quarter of an hour; per address, they lock out only themselves.
/// Guessing from many addresses is held back by the address rate limit in front of the form and by
/// the password policy. Identity's own per-account lockout (<c>users.lockout_end_utc</c>) is left to
/// administrators, who lock an account on purpose.
/// </summary>
public sealed class LoginLockouts(IDbConnectionFactory connections, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    private LockoutOptions Limits => identity.Value.Lockout;

    public async Task<bool> IsLockedAsync(string userId, string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var until = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT locked_until FROM login_lockouts WHERE user_id = @userId AND address = @address",
            new { userId, address }, cancellationToken: cancellationToken));
        return until > Now();
    }

    /// <summary>Counts a wrong password; the count starts again once the last failure is older than the lockout span.</summary>
    public async Task RecordFailureAsync(string userId, string address, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var staleBefore = now - (long)Limits.DefaultLockoutTimeSpan.TotalSeconds;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO login_lockouts (user_id, address, failed_count, last_failure_at, locked_until)
            VALUES (@userId, @address, 1, @now, NULL)
            ON CONFLICT (user_id, address) DO UPDATE SET
                failed_count = CASE WHEN login_lockouts.last_failure_at < @staleBefore THEN 1 ELSE login_lockouts.failed_count + 1 END,
                last_failure_at = @now
            """, new { userId, address, now, staleBefore }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE login_lockouts SET failed_count = 0, locked_until = @until WHERE user_id = @userId AND address = @address AND failed_count >= @max",
            new { userId, address, until = now + (long)Limits.DefaultLockoutTimeSpan.TotalSeconds, max = Limits.MaxFailedAccessAttempts },
            transaction, cancellationToken: cancellationToken));
        // Rows of addresses that have gone quiet are of no more use; removing them here bounds the table.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM login_lockouts WHERE last_failure_at < @staleBefore AND (locked_until IS NULL OR locked_until < @now)",
            new { staleBefore, now }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A successful sign-in from the address forgets its failures.</summary>
    public async Task ResetAsync(string userId, string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM login_lockouts WHERE user_id = @userId AND address = @address", new { userId, address }, cancellationToken: cancellationToken));
    }

    /// <summary>An administrator's unlock: every address may try again.</summary>
    public async Task ClearAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM login_lockouts WHERE user_id = @userId", new { userId }, cancellationToken: cancellationToken));
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeSeconds();
}
