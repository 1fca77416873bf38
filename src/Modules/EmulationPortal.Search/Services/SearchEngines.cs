using EmulationPortal.Core;
using EmulationPortal.Core.Data;
using EmulationPortal.Search.Services.Lucene;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Search.Services;

/// <summary>Makes the Lucene index of each <see cref="SearchIndex"/>, in a folder of its own under the data folder.</summary>
public sealed class SearchEngines(IDbConnectionFactory connections, IOptions<PortalOptions> portal)
{
    /// <summary>The node's index folder under the data folder.</summary>
    public const string Folder = "search-index";

    internal ISearchEngine Create(string folder) => new LuceneIndex(connections, Path.Combine(portal.Value.DataPath, folder));
}
