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

    // Who runs the portal and how to reach them, as Decree 42/2022/NĐ-CP expects a state e-portal to say (SiteProfile).
    public const string Agency = "agency";
    public const string Address = "address";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string ContentManager = "contentManager";
    public const string ContentManagerPosition = "contentManagerPosition";
    public const string Licence = "licence";
    /// <summary>A media key; a recipe carries the file itself (see <c>SettingsRecipeStep</c>).</summary>
    public const string Logo = "logo";

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

    /// <summary>Several settings in one transaction; an empty value removes the setting, so pages fall back to leaving it out.</summary>
    public async Task SaveAsync(IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                await session.Connection.ExecuteAsync("DELETE FROM site_settings WHERE name = @name", new { name }, session.Transaction);
            }
            else
            {
                await SetAsync(session, name, value);
            }
        }
        _changes.PublishAfterCommit(session, ChangeTopics.Settings);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>The site's name and contacts, each null when not set.</summary>
    public async Task<SiteProfile> ProfileAsync(CancellationToken cancellationToken = default)
    {
        async Task<string?> Get(string name) => await GetAsync(name, cancellationToken) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
        return new SiteProfile(
            await Get(SiteName) ?? DefaultSiteName, await Get(Agency), await Get(Address), await Get(Phone), await Get(Email),
            await Get(ContentManager), await Get(ContentManagerPosition), await Get(Licence), await Get(Logo));
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
