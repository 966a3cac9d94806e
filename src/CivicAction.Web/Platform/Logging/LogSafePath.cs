using System.Text.RegularExpressions;

namespace CivicAction.Web.Platform.Logging;

/// <summary>
/// Request paths as they may appear in logs: private addresses (/requests/..., /letters/...,
/// .../confirm/...) carry unguessable tokens, which are secrets and are replaced by "{token}".
/// </summary>
public static partial class LogSafePath
{
    public static string Redact(string path) => Token().Replace(path, "{token}");

    [GeneratedRegex(@"(?<=/(?:requests|letters|confirm)/)[A-Za-z0-9_-]{20,}(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
