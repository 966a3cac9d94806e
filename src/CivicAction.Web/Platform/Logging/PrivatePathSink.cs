using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace CivicAction.Web.Platform.Logging;

/// <summary>
/// In front of the app's sinks, for what an enricher cannot change (<see cref="PrivatePathEnricher"/> has done the
/// properties): the message template's own text, which holds the address when a message was built by
/// interpolation rather than with a placeholder, and the exception, whose message may quote a request line or a
/// URL. An event without a token in either passes through as it is.
/// </summary>
public sealed class PrivatePathSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var template = Redact(logEvent.MessageTemplate);
        var exception = Redact(logEvent.Exception);
        inner.Emit(ReferenceEquals(template, logEvent.MessageTemplate) && ReferenceEquals(exception, logEvent.Exception)
            ? logEvent
            : new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template,
                logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)), logEvent.TraceId ?? default, logEvent.SpanId ?? default));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private static MessageTemplate Redact(MessageTemplate template)
    {
        if (ReferenceEquals(LogSafePath.Redact(template.Text), template.Text))
        {
            return template;
        }

        // Only literal text can hold a token; the raw text escapes the placeholder's braces, as a template would.
        var tokens = template.Tokens.Select(t => t is TextToken text ? new TextToken(PrivatePathEnricher.Redact(text.Text)) : t);
        return new MessageTemplate(LogSafePath.Redact(template.Text, "{{token}}"), tokens);
    }

    private static Exception? Redact(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var redacted = LogSafePath.Redact(text);
        return ReferenceEquals(redacted, text) ? exception : new RedactedException(redacted);
    }

    /// <summary>An exception whose text named a private address: that text, tokens replaced, and nothing else.</summary>
    private sealed class RedactedException(string text) : Exception(text)
    {
        public override string ToString() => Message;
    }
}
