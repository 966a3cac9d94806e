using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace CivicAction.Web.Features.Stories.Rendering;

/// <summary>
/// Plain text with its web addresses made into links ("Find your House member at
/// house.gov/representatives/..."). Everything is HTML-encoded; only addresses that look like
/// web addresses become https links.
/// </summary>
public static partial class TextLinks
{
    public static IHtmlContent Render(string text)
    {
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match match in Address().Matches(text))
        {
            html.Append(text[last..match.Index]);
            var address = match.Value;
            var href = address.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? address : "https://" + address;
            html.AppendHtml($"<a href=\"{HtmlEncoder.Default.Encode(href)}\" rel=\"nofollow noopener noreferrer\">{HtmlEncoder.Default.Encode(address)}</a>");
            last = match.Index + match.Length;
        }

        html.Append(text[last..]);
        return html;
    }

    // A scheme or a dotted host ending in a common TLD, then a path without trailing punctuation.
    [GeneratedRegex(@"\b(?:https?://[^\s<>""]+[^\s<>"".,;:!?)]|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|mil|org|com|net|us|edu)\b(?:/[^\s<>""]*[^\s<>"".,;:!?)])?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
