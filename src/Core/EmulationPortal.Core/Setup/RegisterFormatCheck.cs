using System.Data.Common;
using EmulationPortal.Core.Data;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Core.Setup;

/// <summary>
/// Rebuilds a table derived from the content (a module's register) at start when it was built in another format, or
/// never: a site older than the register, whose content was published before it existed.
/// </summary>
public abstract class RegisterFormatCheck(IDbConnectionFactory connections, ILogger logger) : IStartupTask
{
    // After the recipes, so the first build sees the demo content.
    public int Order => 100;

    /// <summary>What is rebuilt, for the log: "the awards register".</summary>
    protected abstract string Name { get; }

    protected abstract int CurrentFormat { get; }

    protected abstract Task<int> FormatFoundAsync(DbConnection connection);

    protected abstract Task RebuildAsync(CancellationToken cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int format;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            format = await FormatFoundAsync(connection);
        }
        if (format != CurrentFormat)
        {
            logger.LogInformation("Building {Register} (format {Format} found, {Current} current)", Name, format, CurrentFormat);
            await RebuildAsync(cancellationToken);
        }
    }
}
