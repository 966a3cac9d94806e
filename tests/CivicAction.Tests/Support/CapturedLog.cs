using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace CivicAction.Tests.Support;

/// <summary>
/// A Serilog sink that keeps every event as text: the rendered message, every property (scopes
/// included, which a message template may not show) and the exception.
/// </summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _events = new();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var properties = string.Join("; ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _events.Enqueue(string.Create(CultureInfo.InvariantCulture,
            $"[{logEvent.Level}] {logEvent.RenderMessage(CultureInfo.InvariantCulture)} {{{properties}}} {logEvent.Exception}"));
    }

    public int Count => _events.Count;

    public string Text() => string.Join("\n", _events);
}
