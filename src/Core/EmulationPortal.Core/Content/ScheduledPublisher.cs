using EmulationPortal.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Publishes scheduled items when their time comes. The schedule lives in the database, so a
/// restart loses nothing: whatever fell due while the site was down is published at the next tick.
/// </summary>
public sealed class ScheduledPublisher(ContentEditing editing, IOptions<PortalOptions> options, TimeProvider clock,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SchedulerIntervalSeconds)), clock);
        var backoff = new OutageBackoff("Scheduled publishing", logger, clock);
        do
        {
            try
            {
                var published = await editing.PublishDueAsync(stoppingToken);
                backoff.Succeeded();
                if (published > 0)
                {
                    logger.LogInformation("Published {Count} scheduled items", published);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever fell due meanwhile is published by the first attempt that works.
                await backoff.WaitAfterFailureAsync(e, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
