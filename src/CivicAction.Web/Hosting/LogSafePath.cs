using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace CivicAction.Web.Hosting;

/// <summary>
/// Request paths as they may appear in logs: private addresses (/requests/..., /letters/...,
/// .../confirm/...) carry unguessable tokens, which are secrets and are replaced by "{token}".
/// </summary>
public static partial class LogSafePath
{
    public static string Redact(string path) => Token().Replace(path, "{token}");

    /// <summary>Redacts the request path that ASP.NET attaches to every event logged during a request.</summary>
    public sealed class Enricher : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            if (logEvent.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string path })
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty("RequestPath", new ScalarValue(Redact(path))));
            }
        }
    }

    [GeneratedRegex(@"(?<=/(?:requests|letters|confirm)/)[A-Za-z0-9_-]{20,}(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
