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
    private readonly IChangeFeed _changes;

    // Every page reads the site's name: settings are kept in memory until a change is announced.
    private volatile IReadOnlyDictionary<string, string>? _cache;

    public SiteSettings(IDbConnectionFactory connections, IChangeFeed changes)
    {
        _connections = connections;
        _changes = changes;
        changes.Subscribe(ChangeTopics.Settings, () => _cache = null);
    }

    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var cache = _cache;
        if (cache is null)
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            cache = (await connection.QueryAsync<(string Name, string Value)>(new CommandDefinition(
                "SELECT name, value FROM site_settings", cancellationToken: cancellationToken))).ToDictionary(r => r.Name, r => r.Value);
            _cache = cache;
        }
        return cache.GetValueOrDefault(name);
    }

    public async Task SetAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        await SetAsync(session, name, value);
        _changes.PublishAfterCommit(session, ChangeTopics.Settings);
        await session.CommitAsync(cancellationToken);
    }

    public static Task SetAsync(DataSession session, string name, string value) =>
        session.Connection.ExecuteAsync("""
            INSERT INTO site_settings (name, value) VALUES (@name, @value)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """, new { name, value }, session.Transaction);

    public static async Task<IReadOnlyDictionary<string, string>> PublicSettingsAsync(DataSession session)
    {
        var rows = await session.Connection.QueryAsync<(string Name, string Value)>(
            "SELECT name, value FROM site_settings ORDER BY name", transaction: session.Transaction);
        return rows.Where(r => !r.Name.StartsWith(SystemPrefix, StringComparison.Ordinal)).ToDictionary(r => r.Name, r => r.Value);
    }
}
