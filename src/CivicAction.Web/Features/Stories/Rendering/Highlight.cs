using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CivicAction.Web.Features.Stories.Rendering;

/// <summary>
/// A search snippet made safe: the whole text is HTML-encoded first, then the private-use
/// markers U+E000/U+E001 that FTS5 put around the hits become &lt;mark&gt; elements.
/// </summary>
public static class Highlight
{
    public static IHtmlContent Render(string snippet)
    {
        // The default encoder writes every non-ASCII character, the private-use markers included, as a numeric reference.
        var encoded = HtmlEncoder.Default.Encode(snippet)
            .Replace("&#xE000;", "<mark>", StringComparison.OrdinalIgnoreCase)
            .Replace("&#xE001;", "</mark>", StringComparison.OrdinalIgnoreCase);
        return new HtmlString(encoded);
    }
}
