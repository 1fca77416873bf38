using System.Data.Common;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Setup;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Documents.Services.Relations;

public sealed class DocumentRegisterCheck(IDbConnectionFactory connections, DocumentRegister register, ILogger<DocumentRegisterCheck> logger)
    : RegisterFormatCheck(connections, logger)
{
    protected override string Name => "the documents register";

    protected override int CurrentFormat => DocumentRegister.FormatVersion;

    protected override Task<int> FormatFoundAsync(DbConnection connection) => DocumentRegister.FormatAsync(connection);

    protected override Task RebuildAsync(CancellationToken cancellationToken) => register.RebuildAsync(cancellationToken);
}
