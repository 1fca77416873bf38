using System.Data.Common;
using Dapper;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Content;

/// <summary>Named site settings. Names starting with <c>system.</c> are the portal's own bookkeeping.</summary>
public sealed class SiteSettings
{
    public const string SystemPrefix = "system.";
    public const string SiteName = "siteName";
    public const string SetupCompleted = SystemPrefix + "setupCompleted";
    public const string DefaultSiteName = "Cổng thông tin Thi đua – Khen thưởng";

    private readonly IDbConnectionFactory _connections;

    public SiteSettings(IDbConnectionFactory connections) => _connections = connections;

    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM site_settings WHERE name = @name", new { name }, cancellationToken: cancellationToken));
    }

    public async Task SetAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await SetAsync(connection, null, name, value);
    }

    public static Task SetAsync(DbConnection connection, DbTransaction? transaction, string name, string value) =>
        connection.ExecuteAsync("""
            INSERT INTO site_settings (name, value) VALUES (@name, @value)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """, new { name, value }, transaction);

    public static async Task<IReadOnlyDictionary<string, string>> PublicSettingsAsync(DbConnection connection, DbTransaction? transaction)
    {
        var rows = await connection.QueryAsync<(string Name, string Value)>(
            "SELECT name, value FROM site_settings ORDER BY name", transaction: transaction);
        return rows.Where(r => !r.Name.StartsWith(SystemPrefix, StringComparison.Ordinal)).ToDictionary(r => r.Name, r => r.Value);
    }
}
