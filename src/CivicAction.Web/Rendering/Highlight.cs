using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CivicAction.Web.Rendering;

/// <summary>
/// A search snippet made safe: the whole text is HTML-encoded first, then the private-use
/// markers U+E000/U+E001 that FTS5 put around the hits become &lt;mark&gt; elements.
/// </summary>
public static class Highlight
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static IHtmlContent Render(string snippet)
    {
        var encoded = HtmlEncoder.Default.Encode(snippet);
        // HtmlEncoder writes private-use characters as numeric references.
        encoded = encoded.Replace("&#xE000;", "<mark>", StringComparison.OrdinalIgnoreCase)
            .Replace("&#xE001;", "</mark>", StringComparison.OrdinalIgnoreCase);
        return new HtmlString(encoded.Replace(Open.ToString(), "<mark>", StringComparison.Ordinal).Replace(Close.ToString(), "</mark>", StringComparison.Ordinal));
    }
}
