using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Core.Jobs;

/// <summary>
/// Runs queued jobs one at a time. While a job runs its lease is renewed; if the process dies the
/// lease runs out and the job is taken again, here after a restart or by another node.
/// </summary>
public sealed class JobWorker(JobQueue queue, IEnumerable<IJobHandler> handlers, IOptions<JobOptions> options,
    ILogger<JobWorker> logger) : BackgroundService
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
        while (!stoppingToken.IsCancellationRequested)
        {
            BackgroundJob? job = null;
            try
            {
                var runnable = byKind.Values.Where(h => h.CanRun).Select(h => h.Kind).ToList();
                job = await queue.TakeAsync(_owner, runnable, lease, options.Value.MaxAttempts, stoppingToken);
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
                logger.LogError(e, "Job {Kind} {Subject} failed", job?.Kind, job?.Subject);
                if (job is not null)
                {
                    await queue.RetryLaterAsync(job.Id, _owner, e.Message, TimeSpan.FromSeconds(10 * job.Attempts), CancellationToken.None);
                }
            }
        }
    }

    private async Task RunAsync(BackgroundJob job, IJobHandler handler, TimeSpan lease, CancellationToken stoppingToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewWhileRunningAsync(job, lease, running.Token);
        try
        {
            await handler.RunAsync(job.Subject, running.Token);
        }
        finally
        {
            await running.CancelAsync();
            await renewal;
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
