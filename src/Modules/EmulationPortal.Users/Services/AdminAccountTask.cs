using System.Security.Cryptography;
using Dapper;
using EmulationPortal.Core;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Setup;
using EmulationPortal.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Users.Services;

/// <summary>
/// Makes sure the administrator account exists. There is no default password: it comes from
/// <c>Portal:AdminPassword</c> or is generated once and written beside the data.
/// </summary>
public sealed class AdminAccountTask : IStartupTask
{
    public const string PasswordFileName = "initial-admin-password.txt";

    private readonly IDbConnectionFactory _connections;
    private readonly IPasswordHasher<PortalUser> _hasher;
    private readonly PortalOptions _options;
    private readonly ILogger<AdminAccountTask> _logger;

    public AdminAccountTask(IDbConnectionFactory connections, IPasswordHasher<PortalUser> hasher, IOptions<PortalOptions> options, ILogger<AdminAccountTask> logger)
    {
        _connections = connections;
        _hasher = hasher;
        _options = options.Value;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var userName = _options.AdminUserName.Trim();
        var normalized = userName.ToUpperInvariant();
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM users WHERE normalized_user_name = @normalized", new { normalized }) > 0;
        if (exists)
        {
            return;
        }

        var generated = string.IsNullOrEmpty(_options.AdminPassword);
        var password = generated ? GeneratePassword() : _options.AdminPassword!;
        var user = new PortalUser
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = userName,
            DisplayName = "Quản trị hệ thống",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedUtc = DateTime.UtcNow,
        };
        user.PasswordHash = _hasher.HashPassword(user, password);

        if (generated)
        {
            // Written before the account exists, so a crash never leaves an account nobody can open.
            var file = Path.Combine(_options.DataPath, PasswordFileName);
            Directory.CreateDirectory(_options.DataPath);
            await File.WriteAllTextAsync(file, $"{userName}\n{password}\n", cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            _logger.LogWarning("Created the administrator account '{UserName}'. Its generated password is in {File}", userName, file);
        }
        else
        {
            _logger.LogInformation("Created the administrator account '{UserName}' with the configured password", userName);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("""
            INSERT INTO users (id, user_name, normalized_user_name, display_name, password_hash, security_stamp, created_utc)
            VALUES (@Id, @UserName, @Normalized, @DisplayName, @PasswordHash, @SecurityStamp, @CreatedUtc)
            """, new { user.Id, user.UserName, Normalized = normalized, user.DisplayName, user.PasswordHash, user.SecurityStamp, user.CreatedUtc }, transaction);
        await connection.ExecuteAsync("INSERT INTO user_roles (user_id, role) VALUES (@Id, @Role)",
            new { user.Id, Role = PortalRoles.Administrator }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string GeneratePassword()
    {
        // Unambiguous characters, so the password can be read off a screen and typed.
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
