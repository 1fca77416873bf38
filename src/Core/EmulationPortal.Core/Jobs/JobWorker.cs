using EmulationPortal.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Core.Jobs;

/// <summary>
/// Runs queued jobs one at a time. While a job runs its lease is renewed; if the process dies the
/// lease runs out and the job is taken again, here after a restart or by another node.
/// </summary>
public sealed class JobWorker(JobQueue queue, IEnumerable<IJobHandler> handlers, IOptions<JobOptions> options,
    TimeProvider clock, ILogger<JobWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker)
        {
            return;
        }
        var byKind = handlers.ToDictionary(h => h.Kind);
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var backoff = new OutageBackoff("Background jobs", logger, clock);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var runnable = byKind.Values.Where(h => h.CanRun).Select(h => h.Kind).ToList();
                var job = await queue.TakeAsync(_owner, runnable, lease,
                    kind => byKind[kind].MaxAttempts ?? options.Value.MaxAttempts, stoppingToken);
                backoff.Succeeded();
                if (job is null)
                {
                    await queue.WaitForWorkAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
                    continue;
                }
                await RunAsync(job, byKind[job.Kind], lease, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The queue itself failed (taking, finishing or retrying a job): the database or its disk is away.
                // A job taken keeps its lease, which runs out, so the job is taken again once the database is back.
                await backoff.WaitAfterFailureAsync(e, stoppingToken);
            }
        }
    }

    private async Task RunAsync(BackgroundJob job, IJobHandler handler, TimeSpan lease, CancellationToken stoppingToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewWhileRunningAsync(job, lease, running.Token);
        Exception? failure = null;
        try
        {
            await handler.RunAsync(job.Subject, running.Token);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            failure = e;
        }
        finally
        {
            await running.CancelAsync();
            await renewal;
        }
        if (failure is not null)
        {
            logger.LogError(failure, "Job {Kind} {Subject} failed", job.Kind, job.Subject);
            await queue.RetryLaterAsync(job.Id, _owner, failure.Message, handler.RetryDelay(job.Attempts), CancellationToken.None);
            return;
        }
        await queue.FinishAsync(job.Id, _owner, JobQueue.Done, null, CancellationToken.None);
        logger.LogInformation("Job {Kind} {Subject} done", job.Kind, job.Subject);
    }

    private async Task RenewWhileRunningAsync(BackgroundJob job, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, cancellationToken);
                await queue.RenewAsync(job.Id, _owner, lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended; so does its lease renewal.
        }
    }
}
