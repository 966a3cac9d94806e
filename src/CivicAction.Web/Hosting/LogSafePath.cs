using System.Text.RegularExpressions;

namespace CivicAction.Web.Hosting;

/// <summary>
/// Request paths as they may appear in logs: private addresses carry unguessable tokens
/// (a request's tracking page), which are secrets and are replaced by "{token}".
/// </summary>
public static partial class LogSafePath
{
    public static string Redact(string path) => Token().Replace(path, "{token}");

    [GeneratedRegex(@"(?<=/)[A-Za-z0-9_-]{20,}(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
