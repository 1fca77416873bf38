using EmulationPortal.Core.Data;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Awards.Services;

/// <summary>
/// Builds the register at start when it was built in another format (or never: a site older than the
/// register, whose decisions were published before it existed).
/// </summary>
public sealed class AwardRegisterCheck(IDbConnectionFactory connections, AwardRegister register, ILogger<AwardRegisterCheck> logger) : IStartupTask
{
    // After the recipes, so the first build sees the demo content.
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int format;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            format = await AwardRegister.FormatAsync(connection);
        }
        if (format != AwardRegister.FormatVersion)
        {
            logger.LogInformation("Building the awards register (format {Format} found, {Current} current)", format, AwardRegister.FormatVersion);
            await register.RebuildAsync(cancellationToken);
        }
    }
}
