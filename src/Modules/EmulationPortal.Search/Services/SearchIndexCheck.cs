using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Rebuilds the table at start when it is not what the content says it should be: a new site, a format
/// of an older release, or items changed by hand. Then opens the engine's index and catches it up; a
/// Lucene index to be built whole is built in the background when the table is big, and the host starts
/// meanwhile (searches say their results may be incomplete until it is done).
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
        // The node's index is opened now, not by the first person to search (a missing one is built, in the background when large).
        await index.OpenAsync(cancellationToken);
    }
}
