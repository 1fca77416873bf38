using EmulationPortal.Core.Data;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Documents.Services.Relations;

/// <summary>Builds the register at start when it was built in another format, or never (documents published before it existed).</summary>
public sealed class DocumentRegisterCheck(IDbConnectionFactory connections, DocumentRegister register, ILogger<DocumentRegisterCheck> logger) : IStartupTask
{
    // After the recipes, so the first build sees the demo content.
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int format;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            format = await DocumentRegister.FormatAsync(connection);
        }
        if (format != DocumentRegister.FormatVersion)
        {
            logger.LogInformation("Building the documents register (format {Format} found, {Current} current)", format, DocumentRegister.FormatVersion);
            await register.RebuildAsync(cancellationToken);
        }
    }
}
