using EmulationPortal.Core;
using EmulationPortal.Core.Data;
using EmulationPortal.Search.Services.Lucene;
using EmulationPortal.Search.Services.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Search.Services;

/// <summary>The <c>Portal:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary><c>memory</c> (the index built in memory at every start) or <c>lucene</c> (an index on disk in the data folder).</summary>
    public string Engine { get; set; } = SearchEngines.Memory;

    /// <summary>
    /// With no Lucene index to open, it is built before searches are answered when the table holds at most this many
    /// rows (a second or so), otherwise in the background while searches say their results may be incomplete.
    /// </summary>
    public int BuildInBackgroundAbove { get; set; } = 5_000;
}

/// <summary>Makes the engine the configuration names, for each <see cref="SearchIndex"/>.</summary>
public sealed class SearchEngines(IDbConnectionFactory connections, IOptions<PortalOptions> portal, IOptions<SearchOptions> options,
    ILogger<SearchEngines> logger)
{
    public const string Memory = "memory", Lucene = "lucene";

    /// <summary>The Lucene index's folder under the data folder.</summary>
    public const string Folder = "search-index";

    internal ISearchEngine Create(string folder) => options.Value.Engine switch
    {
        Memory => new MemoryIndex(connections),
        Lucene => new LuceneIndex(connections, Path.Combine(portal.Value.DataPath, folder), options.Value.BuildInBackgroundAbove, logger),
        var other => throw new InvalidOperationException($"Portal:Search:Engine is '{other}'; it must be '{Memory}' or '{Lucene}'."),
    };
}
