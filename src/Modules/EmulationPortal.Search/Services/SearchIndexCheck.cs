using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Rebuilds the index at start when it is not what the content says it should be: a new site, an
/// index format of an older release, or items changed by hand. The index is never left empty.
/// </summary>
public sealed class SearchIndexCheck(IDbConnectionFactory connections, SearchIndex index, SiteSettings settings,
    ILogger<SearchIndexCheck> logger) : IStartupTask
{
    /// <summary>Raised whenever what the index stores changes, so existing sites rebuild once.</summary>
    public const string IndexVersion = "2";

    private const string VersionSetting = SiteSettings.SystemPrefix + "searchIndexVersion";

    // After the recipes and accounts, so the first rebuild sees the demo content.
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int expected, indexed;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            (expected, indexed) = await SearchIndex.CountsAsync(connection);
        }
        if (expected != indexed || await settings.GetAsync(VersionSetting, cancellationToken) != IndexVersion)
        {
            logger.LogInformation("Rebuilding the search index ({Expected} items, {Indexed} indexed)", expected, indexed);
            await index.RebuildAsync(cancellationToken: cancellationToken);
            await settings.SetAsync(VersionSetting, IndexVersion, cancellationToken);
        }
        // The index in memory is built now, not by the first person to search.
        await index.LoadAsync(cancellationToken);
    }
}
