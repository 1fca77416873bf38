using EmulationPortal.Core;
using EmulationPortal.Core.Data;
using EmulationPortal.Search.Services.Lucene;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Search.Services;

/// <summary>The <c>Portal:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary>
    /// With no index to open, it is built before searches are answered when the table holds at most this many
    /// rows (a second or so), otherwise in the background while searches say their results may be incomplete.
    /// </summary>
    public int BuildInBackgroundAbove { get; set; } = 5_000;
}

/// <summary>Makes the Lucene index of each <see cref="SearchIndex"/>, in a folder of its own under the data folder.</summary>
public sealed class SearchEngines(IDbConnectionFactory connections, IOptions<PortalOptions> portal, IOptions<SearchOptions> options,
    ILogger<SearchEngines> logger)
{
    /// <summary>The node's index folder under the data folder.</summary>
    public const string Folder = "search-index";

    internal LuceneIndex Create(string folder) =>
        new LuceneIndex(connections, Path.Combine(portal.Value.DataPath, folder), options.Value.BuildInBackgroundAbove, logger);
}
