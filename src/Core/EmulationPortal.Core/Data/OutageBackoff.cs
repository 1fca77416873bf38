using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Core.Data;

/// <summary>
/// How a background loop behaves while the database (or the disk under it) fails: it waits longer
/// after each failed attempt, 1 s doubling up to a minute, with jitter so that the loops of several
/// nodes do not knock on a restarted server in step; and it logs one line when the failures start and
/// one when they end, never one per attempt, so an outage of an hour costs no CPU and no disk.
/// </summary>
/// <remarks>One instance per loop, used by that loop alone.</remarks>
public sealed class OutageBackoff(string loop, ILogger logger, TimeProvider clock)
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);

    private int _failures;
    private long _failingSince;

    /// <summary>The attempt worked: logs the recovery if the loop was failing, and starts the next outage's waits from the first.</summary>
    public void Succeeded()
    {
        if (_failures == 0)
        {
            return;
        }
        _failures = 0;
        logger.LogInformation("{Loop}: database back after {Seconds:0} s", loop, clock.GetElapsedTime(_failingSince).TotalSeconds);
    }

    /// <summary>
    /// The attempt failed: logs the first failure of an outage, then waits before the next attempt.
    /// Returns early, without throwing, when <paramref name="stoppingToken"/> is cancelled.
    /// </summary>
    public async Task WaitAfterFailureAsync(Exception failure, CancellationToken stoppingToken)
    {
        if (_failures++ == 0)
        {
            _failingSince = clock.GetTimestamp();
            // A database error says all in its message; anything else may be a bug whose stack is worth its one entry.
            logger.LogWarning(failure is DbException ? null : failure, "{Loop}: database unavailable: {Reason} (retrying, at most every {Ceiling} s)",
                loop, failure.Message, Ceiling.TotalSeconds);
        }
        await Task.Delay(Delay(_failures, Random.Shared.NextDouble()), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row: between half and all of 1 s × 2^(n−1), at most the ceiling.</summary>
    public static TimeSpan Delay(int failures, double random)
    {
        var full = Math.Min(Ceiling.TotalSeconds, First.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 30)));
        return TimeSpan.FromSeconds(full * (0.5 + random / 2));
    }
}
