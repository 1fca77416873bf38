using System.Data.Common;
using EmulationPortal.Core.Data;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.UnitTests.Core.Data;

public sealed class OutageBackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(1000, 60)]
    public void The_wait_doubles_from_a_second_up_to_a_minute_with_jitter_of_up_to_half(int failures, double fullSeconds)
    {
        Assert.Equal(fullSeconds, OutageBackoff.Delay(failures, 1).TotalSeconds, 6);
        Assert.Equal(fullSeconds / 2, OutageBackoff.Delay(failures, 0).TotalSeconds, 6);
    }

    [Fact]
    public async Task An_outage_is_logged_once_when_it_starts_and_once_when_it_ends_however_many_attempts_fail()
    {
        var logger = new ListLogger();
        var backoff = new OutageBackoff("Test loop", logger, TimeProvider.System);
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();

        for (var attempt = 0; attempt < 50; attempt++)
        {
            await backoff.WaitAfterFailureAsync(new OutageException("connection refused"), stopped.Token);
        }
        backoff.Succeeded();
        backoff.Succeeded();
        await backoff.WaitAfterFailureAsync(new OutageException("connection refused"), stopped.Token);

        Assert.Equal(
        [
            "Test loop: database unavailable: connection refused (retrying, at most every 60 s)",
            "Test loop: database back after 0 s",
            "Test loop: database unavailable: connection refused (retrying, at most every 60 s)",
        ], logger.Lines);
    }

    private sealed class OutageException(string message) : DbException(message);

    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
