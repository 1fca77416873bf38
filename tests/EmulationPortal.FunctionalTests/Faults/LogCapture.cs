using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.FunctionalTests.Faults;

/// <summary>What a site logs, kept for the test to count and read: the entries its configured filters let through.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public sealed record Entry(DateTime At, string Category, LogLevel Level, string Message, Exception? Exception)
    {
        /// <summary>About the size the console logger writes for it.</summary>
        public int Bytes => Category.Length + Message.Length + (Exception?.ToString().Length ?? 0) + 16;
    }

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public IReadOnlyList<Entry> Since(DateTime start) => [.. _entries.Where(e => e.At >= start)];

    public bool Has(string text) => _entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture._entries.Enqueue(new Entry(DateTime.UtcNow, category, logLevel, formatter(state, exception), exception));
    }
}
