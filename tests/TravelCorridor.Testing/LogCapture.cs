using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TravelCorridor.Testing;

/// <summary>
/// A logger provider that keeps every formatted line (level, category, message and exception) a node writes,
/// so a test can check what an operator's log would hold, or wait for the warning an operator would read.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Line)> entries = new();

    public IReadOnlyCollection<string> Lines => [.. entries.Select(e => e.Line)];

    /// <summary>The lines logged as warnings or worse.</summary>
    public IReadOnlyCollection<string> Warnings => [.. entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Line)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, $"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}"));
    }
}
