using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Gives items saved before the admin's search existed the folded words it searches: a migration cannot fold
/// Vietnamese. A site whose items all have them reads one empty batch.
/// </summary>
public sealed class AdminSearchWordsFill(ContentStore store, ILogger<AdminSearchWordsFill> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await store.FillMissingSearchWordsAsync(cancellationToken) is > 0 and var filled)
        {
            logger.LogInformation("Admin search: words of {Count} items read", filled);
        }
    }
}
