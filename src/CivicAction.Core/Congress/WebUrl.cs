using System.Text.RegularExpressions;

namespace CivicAction.Core.Congress;

/// <summary>A URL after cleaning, and what was done to it (null when it was fine as it was).</summary>
public sealed record CleanedUrl(string? Url, string? Note);

/// <summary>
/// Cleans the website and contact-form addresses of imported data before a page links to them:
/// only absolute http and https URLs with a host pass. An obviously doubled scheme
/// (<c>hhttps://</c>, <c>https://https://</c>) is repaired, because the intended address is
/// certain; anything else that is not http(s) is dropped, because guessing could send people
/// to the wrong site or run a <c>javascript:</c> link.
/// </summary>
public static partial class WebUrl
{
    public static CleanedUrl Clean(string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new CleanedUrl(null, null);
        }

        var repaired = ExtraH().Replace(RepeatedScheme().Replace(text, "", 1), "h", 1);
        if (!Uri.TryCreate(repaired, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || string.IsNullOrEmpty(uri.Host)
            || repaired.Any(char.IsWhiteSpace))
        {
            return new CleanedUrl(null, $"dropped '{text}': not an http or https address");
        }

        return repaired == text
            ? new CleanedUrl(text, null)
            : new CleanedUrl(repaired, $"repaired '{text}' to '{repaired}'");
    }

    // "https://https://x": every scheme but the last is removed.
    [GeneratedRegex(@"^(?:https?://)+(?=https?://)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedScheme();

    // "hhttps://x" (the source's own typo for Rep. Fine's form): the extra h's are removed.
    [GeneratedRegex(@"^h{2,}(?=ttps?://)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtraH();
}
