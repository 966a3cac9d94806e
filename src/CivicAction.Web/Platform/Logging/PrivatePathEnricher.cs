using Serilog.Core;
using Serilog.Events;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Platform.Logging;

/// <summary>
/// Redacts the tokens of private addresses (/letters/{token}, confirmation links) from every
/// property of every log event, whatever logged it: the framework's own request, routing and
/// handler messages name the path, a generated link or a whole URL, or pass the token as an
/// argument, and a token in a log opens someone's letters. Values that are not text (a Uri, a
/// PathString) are checked as the text a sink would write for them.
/// </summary>
public sealed class PrivatePathEnricher : ILogEventEnricher
{
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

    /// <summary>The text with tokens replaced, or the same instance when there were none.</summary>
    internal static string Redact(string text) => SecretToken.LooksValid(text) ? LogSafePath.Placeholder : LogSafePath.Redact(text);

    /// <summary>The value with tokens replaced, or the same instance when there were none.</summary>
    private static LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var redacted = Redact(text);
                return ReferenceEquals(redacted, text) ? value : new ScalarValue(redacted);
            // Numbers, dates and flags cannot hold a token; anything else is written as its ToString().
            case ScalarValue { Value: not null and not IConvertible } other:
                var shown = other.Value.ToString() ?? "";
                var safe = Redact(shown);
                return ReferenceEquals(safe, shown) ? value : new ScalarValue(safe);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Redact).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value
                    : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => KeyValuePair.Create((ScalarValue)Redact(e.Key), Redact(e.Value))).ToList();
                return entries.Zip(dictionary.Elements).All(p => ReferenceEquals(p.First.Key, p.Second.Key) && ReferenceEquals(p.First.Value, p.Second.Value))
                    ? value
                    : new DictionaryValue(entries);
            default:
                return value;
        }
    }
}
