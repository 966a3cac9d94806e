using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CivicAction.Tests.Support;

/// <summary>Everything the app logs, rendered as it would be written, so tests can look for personal data.</summary>
public sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        Lines.Enqueue($"{logEvent.RenderMessage()} {properties} {logEvent.Exception}");
    }

    public string All => string.Join('\n', Lines);
}
