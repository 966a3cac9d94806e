using System.Text.RegularExpressions;

namespace CivicAction.Web.Platform.Logging;

/// <summary>
/// Text as it may appear in logs: private addresses (/requests/..., /letters/..., .../confirm/..., /requests/mine/...) carry
/// unguessable tokens, which are secrets and are replaced by "{token}" wherever they are in the text, whatever
/// follows them: a query (<c>?done=saved</c>, <c>?handler=Delete</c>), a fragment, a quote, the end of a
/// sentence, or an escaped slash in a URL that is itself a query value (<c>%2Frequests%2F...</c>).
/// </summary>
public static partial class LogSafePath
{
    public const string Placeholder = "{token}";

    public static string Redact(string text) => Redact(text, Placeholder);

    /// <summary>The text with every private token replaced by <paramref name="placeholder"/>.</summary>
    public static string Redact(string text, string placeholder)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Token().IsMatch(text) ? Token().Replace(text, m => m.Groups["before"].Value + placeholder) : text;
    }

    // What follows a token is not looked at: a token ends where its alphabet ends. The lower bound (20) keeps
    // the fixed address /requests/deleted and the Congress pages' own paths as they are.
    [GeneratedRegex(@"(?<before>(?:requests|letters|confirm|mine)(?:/|%2F|%252F))[A-Za-z0-9_-]{20,}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Token();
}
