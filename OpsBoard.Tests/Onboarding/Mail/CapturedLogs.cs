using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpsBoard.Tests.Onboarding.Mail;

/// <summary>A log line as the app wrote it.</summary>
public sealed record LogLine(string Category, LogLevel Level, string Message);

/// <summary>Keeps every line the app logs, so a test can read what an operator would see.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception)));
    }
}
