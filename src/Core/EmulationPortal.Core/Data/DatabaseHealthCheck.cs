using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationPortal.Core.Data;

/// <summary>Ready when the database answers and every migration has been applied.</summary>
public sealed class DatabaseHealthCheck : IHealthCheck
{
    private readonly MigrationRunner _migrations;

    public DatabaseHealthCheck(MigrationRunner migrations) => _migrations = migrations;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await _migrations.PendingCountAsync(cancellationToken);
            return pending == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending} migrations pending");
        }
        catch (Exception e)
        {
            // The message alone: a probe every few seconds must not write a stack trace each time.
            return HealthCheckResult.Unhealthy($"Database unavailable: {e.Message}");
        }
    }
}
