using System.Net;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EmulationPortal.FunctionalTests.Faults;

/// <summary>A background loop that meets a fault never takes the site down, and picks up by itself once the fault is gone.</summary>
public sealed class BackgroundFaultTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_job_that_fails_while_the_queue_fails_too_keeps_the_site_up_and_is_done_once_the_queue_is_back()
    {
        using var site = new LoggedSite(
            new Dictionary<string, string> { ["Portal:Jobs:LeaseSeconds"] = "2", ["Portal:Jobs:PollSeconds"] = "0.2" },
            services => services.AddSingleton<IJobHandler, QueueBreakingJob>());
        site.CreateClient();
        await using (var session = await site.Service<IDbConnectionFactory>().BeginSessionAsync())
        {
            await site.Service<JobQueue>().EnqueueAsync(session, QueueBreakingJob.Name, "mot");
            await session.CommitAsync();
        }

        // The job fails after taking the queue's table away: recording the failure fails as well.
        await Wait.UntilAsync(() => site.Logs.Has("Background jobs: database unavailable"), Deadline, "the worker reports the queue unavailable");
        await using (var connection = await site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync($"ALTER TABLE {QueueBreakingJob.AwayTable} RENAME TO background_jobs");
        }

        await Wait.UntilAsync(async () => await StatusAsync(site) == JobQueue.Done, Deadline, "the job is done on its second attempt");
        Assert.True(site.Logs.Has("Background jobs: database back after"));
        Assert.False(site.Stopping);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_background_service_that_throws_does_not_stop_the_host()
    {
        using var site = new LoggedSite(services: services => services.AddHostedService<ThrowingLoop>());
        var client = site.CreateClient();

        await Wait.UntilAsync(() => site.Logs.Entries.Any(e => e.Exception?.Message == ThrowingLoop.Message), Deadline, "the host logs the loop's fault");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.False(site.Stopping);
    }

    private static async Task<string?> StatusAsync(PortalFactory site)
    {
        await using var connection = await site.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<string?>("SELECT status FROM background_jobs WHERE kind = @Name", new { QueueBreakingJob.Name });
    }

    /// <summary>On its first run, takes the queue's table away and fails; on the next, succeeds.</summary>
    private sealed class QueueBreakingJob(IDbConnectionFactory connections) : IJobHandler
    {
        public const string Name = "test.queue-breaking";
        public const string AwayTable = "background_jobs_away";

        private int _runs;

        public string Kind => Name;

        public async Task RunAsync(string subject, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _runs) > 1)
            {
                return;
            }
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteAsync($"ALTER TABLE background_jobs RENAME TO {AwayTable}");
            throw new IOException("No space left on device");
        }
    }

    private sealed class ThrowingLoop : BackgroundService
    {
        public const string Message = "A fault no loop caught";

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException(Message);
        }
    }
}
