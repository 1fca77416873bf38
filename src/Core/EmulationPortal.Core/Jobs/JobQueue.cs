using Dapper;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Jobs;

/// <summary>A kind of slow work: what the queue runs for a job of that kind.</summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>False while a tool the work needs is missing: the jobs wait instead of failing.</summary>
    bool CanRun => true;

    Task RunAsync(string subject, CancellationToken cancellationToken);

    /// <summary>How often a job of this kind is tried before it fails for good; null for <c>Portal:Jobs:MaxAttempts</c>.</summary>
    int? MaxAttempts => null;

    /// <summary>How long a job waits after its <paramref name="attempts"/>-th failed try.</summary>
    TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(10 * attempts);
}

public sealed class JobOptions
{
    public const string Section = "Portal:Jobs";

    /// <summary>False on a node that only serves pages and leaves background work to the others.</summary>
    public bool RunWorker { get; set; } = true;

    public double PollSeconds { get; set; } = 1;

    /// <summary>How long a taken job stays with its worker without a renewal.</summary>
    public double LeaseSeconds { get; set; } = 60;

    public int MaxAttempts { get; set; } = 3;
}

public sealed class BackgroundJob
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The persisted queue: jobs are rows, so a restart loses none of them.</summary>
public sealed class JobQueue(IDbConnectionFactory connections, TimeProvider clock)
{
    public const string Pending = "Pending";
    public const string Done = "Done";
    public const string Failed = "Failed";

    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Adds a job in the caller's transaction; the same work asked twice is one job. The worker wakes once it is committed.</summary>
    public async Task EnqueueAsync(DataSession session, string kind, string subject)
    {
        await session.Connection.ExecuteAsync("""
            INSERT INTO background_jobs (id, kind, subject, status, attempts, created_utc)
            VALUES (@id, @kind, @subject, @status, 0, @now)
            ON CONFLICT (kind, subject) DO NOTHING
            """, new { id = Guid.NewGuid().ToString("N"), kind, subject, status = Pending, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);
        session.AfterCommit("jobs:wake", _ =>
        {
            Wake();
            return Task.CompletedTask;
        });
    }

    /// <summary>Lets a worker waiting for work look again at once.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Takes the job that is free (pending, of a kind this worker can run, not held by a live lease)
    /// and has been tried least, the oldest among those: a job that failed or was cut off goes behind
    /// every untried one, so a few hostile files retried over and over never hold back new uploads.
    /// The guarded update makes the take atomic, so two workers never hold one job.
    /// </summary>
    public Task<BackgroundJob?> TakeAsync(string owner, IReadOnlyCollection<string> kinds, TimeSpan lease, int maxAttempts,
        CancellationToken cancellationToken) =>
        TakeAsync(owner, kinds, lease, _ => maxAttempts, cancellationToken);

    /// <summary>As above, with a limit of tries for each kind.</summary>
    public async Task<BackgroundJob?> TakeAsync(string owner, IReadOnlyCollection<string> kinds, TimeSpan lease, Func<string, int> maxAttempts,
        CancellationToken cancellationToken)
    {
        if (kinds.Count == 0)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        BackgroundJob? job;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var id = await connection.ExecuteScalarAsync<string?>(new CommandDefinition($"""
                SELECT id FROM background_jobs
                WHERE status = @Pending AND {connections.Dialect.InList("kind", "@kinds")} AND (lease_until_utc IS NULL OR lease_until_utc < @now)
                ORDER BY attempts, created_utc LIMIT 1{connections.Dialect.ClaimRows}
                """, new { Pending, kinds = kinds.ToArray(), now }, transaction, cancellationToken: cancellationToken));
            if (id is null)
            {
                return null;
            }
            // Guarded as well, so the claim holds even where the select took no lock.
            var taken = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE background_jobs SET lease_owner = @owner, lease_until_utc = @until, attempts = attempts + 1
                WHERE id = @id AND status = @Pending AND (lease_until_utc IS NULL OR lease_until_utc < @now)
                """, new { id, owner, until = now + lease, Pending, now }, transaction, cancellationToken: cancellationToken));
            job = taken == 1
                ? await connection.QuerySingleAsync<BackgroundJob>(new CommandDefinition("""
                    SELECT id AS Id, kind AS Kind, subject AS Subject, status AS Status, attempts AS Attempts, last_error AS LastError
                    FROM background_jobs WHERE id = @id
                    """, new { id }, transaction, cancellationToken: cancellationToken))
                : null;
            await transaction.CommitAsync(cancellationToken);
        }
        if (job is null || job.Attempts <= maxAttempts(job.Kind))
        {
            return job;
        }
        await FinishAsync(job.Id, owner, Failed, job.LastError ?? "Too many attempts", CancellationToken.None);
        return null;
    }

    public async Task<bool> RenewAsync(string id, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE background_jobs SET lease_until_utc = @until WHERE id = @id AND lease_owner = @owner AND status = @Pending",
            new { id, owner, until = clock.GetUtcNow().UtcDateTime + lease, Pending }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task FinishAsync(string id, string owner, string status, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE background_jobs SET status = @status, last_error = @error, lease_owner = NULL, lease_until_utc = NULL,
                completed_utc = CASE WHEN @status = @Pending THEN NULL ELSE @now END
            WHERE id = @id AND lease_owner = @owner
            """, new { id, owner, status, error, now = clock.GetUtcNow().UtcDateTime, Pending }, cancellationToken: cancellationToken));
    }

    /// <summary>A failed attempt: the job waits <paramref name="retryAfter"/> before it may be taken again.</summary>
    public async Task RetryLaterAsync(string id, string owner, string error, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE background_jobs SET last_error = @error, lease_owner = NULL, lease_until_utc = @until
            WHERE id = @id AND lease_owner = @owner
            """, new { id, owner, error, until = clock.GetUtcNow().UtcDateTime + retryAfter }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<BackgroundJob>> ListAsync(string? subject = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<BackgroundJob>(new CommandDefinition($"""
            SELECT id AS Id, kind AS Kind, subject AS Subject, status AS Status, attempts AS Attempts, last_error AS LastError
            FROM background_jobs {(subject is null ? "" : "WHERE subject = @subject")} ORDER BY created_utc
            """, new { subject }, cancellationToken: cancellationToken))).AsList();
    }
}
