using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace CivicAction.Web.Features.Stories.Rendering;

/// <summary>
/// Plain text with its web and e-mail addresses made into links ("Find your House member at
/// house.gov/representatives/...", "e-mail records@district.org"). Everything is HTML-encoded; only addresses that
/// look like web addresses become https links, and e-mail addresses mailto: links (matched first, so that the domain
/// of an e-mail address is never taken for a web address).
/// </summary>
public static partial class TextLinks
{
    public static IHtmlContent Render(string text) => Render(text, null);

    /// <summary>As <see cref="Render(string)"/>, but an e-mail address for which <paramref name="linkEmail"/> says no stays text.</summary>
    public static IHtmlContent Render(string text, Func<string, bool>? linkEmail)
    {
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match match in Address().Matches(text))
        {
            html.Append(text[last..match.Index]);
            var address = match.Value;
            if (match.Groups["email"].Success && linkEmail?.Invoke(address) == false)
            {
                html.Append(address);
            }
            else if (match.Groups["email"].Success)
            {
                html.AppendHtml($"<a href=\"mailto:{HtmlEncoder.Default.Encode(address)}\">{HtmlEncoder.Default.Encode(address)}</a>");
            }
            else
            {
                var href = address.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? address : "https://" + address;
                html.AppendHtml($"<a href=\"{HtmlEncoder.Default.Encode(href)}\" rel=\"nofollow noopener noreferrer\">{HtmlEncoder.Default.Encode(address)}</a>");
            }

            last = match.Index + match.Length;
        }

        html.Append(text[last..]);
        return html;
    }

    // Non-backtracking: the time stays linear in the text, whatever a brief holds ("a.a.a.a..." with no "@").
    // An e-mail address; else a scheme or a dotted host ending in a common TLD, then a path without trailing punctuation.
    [GeneratedRegex(@"(?<email>\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b)|\b(?:https?://[^\s<>""]+[^\s<>"".,;:!?)]|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|mil|org|com|net|us|edu)\b(?:/[^\s<>""]*[^\s<>"".,;:!?)])?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Address();
}
