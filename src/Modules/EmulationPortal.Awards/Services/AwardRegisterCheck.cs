using System.Data.Common;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Awards.Services;

public sealed class AwardRegisterCheck(IDbConnectionFactory connections, AwardRegister register, ILogger<AwardRegisterCheck> logger)
    : RegisterFormatCheck(connections, logger)
{
    protected override string Name => "the awards register";

    protected override int CurrentFormat => AwardRegister.FormatVersion;

    protected override Task<int> FormatFoundAsync(DbConnection connection) => AwardRegister.FormatAsync(connection);

    protected override Task RebuildAsync(CancellationToken cancellationToken) => register.RebuildAsync(cancellationToken);
}
