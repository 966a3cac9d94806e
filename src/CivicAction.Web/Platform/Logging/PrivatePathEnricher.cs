using Serilog.Core;
using Serilog.Events;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Platform.Logging;

/// <summary>
/// Redacts the tokens of private addresses (/letters/{token}, confirmation links) from every
/// property of every log event, whatever logged it: the framework's own request, routing and
/// handler messages name the path or pass the token as an argument, and a token in a log opens
/// someone's letters.
/// </summary>
public sealed class PrivatePathEnricher : ILogEventEnricher
{
    private const string Redacted = "{token}";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var redacted = Redact(value);
            if (!ReferenceEquals(redacted, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, redacted));
            }
        }
    }

    /// <summary>The value with tokens replaced, or the same instance when there were none.</summary>
    private static LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when SecretToken.LooksValid(text):
                return new ScalarValue(Redacted);
            case ScalarValue { Value: string text } when text.Contains('/', StringComparison.Ordinal):
                var path = LogSafePath.Redact(text);
                return path == text ? value : new ScalarValue(path);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Redact).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value
                    : new StructureValue(properties, structure.TypeTag);
            default:
                return value;
        }
    }
}
