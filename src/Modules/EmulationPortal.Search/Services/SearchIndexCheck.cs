using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Rebuilds the index at start when it is not what the content says it should be: a new site, an
/// index format of an older release, or items changed by hand. The index is never left empty.
/// </summary>
public sealed class SearchIndexCheck(IDbConnectionFactory connections, SearchIndex index, ILogger<SearchIndexCheck> logger) : IStartupTask
{

    // After the recipes and accounts, so the first rebuild sees the demo content.
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int expected, indexed, format;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            (expected, indexed, format) = await SearchIndex.StateAsync(connection);
        }
        if (expected != indexed || format != SearchIndex.FormatVersion)
        {
            logger.LogInformation("Rebuilding the search index ({Expected} items, {Indexed} indexed in format {Format})", expected, indexed, format);
            await index.RebuildAsync(cancellationToken: cancellationToken);
        }
        // The node's index is opened and brought up to date now, not by the first person to search.
        await index.LoadAsync(cancellationToken);
    }
}
