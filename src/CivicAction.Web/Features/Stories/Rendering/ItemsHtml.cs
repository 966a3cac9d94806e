using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using Microsoft.AspNetCore.Html;

namespace CivicAction.Web.Features.Stories.Rendering;

/// <summary>Nested bullets and letter text as safe HTML: everything encoded, structure kept.</summary>
public static partial class ItemsHtml
{
    public static IHtmlContent List(IReadOnlyList<ListItem> items, Func<string, IHtmlContent> text)
    {
        var html = new HtmlContentBuilder();
        Append(html, items, text);
        return html;
    }

    /// <summary>Letter text with its [placeholders] marked, so readers see what they will fill in.</summary>
    public static IHtmlContent WithPlaceholders(string text)
    {
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            html.Append(text[last..match.Index]);
            html.AppendHtml("<span class=\"placeholder\">");
            html.Append(match.Value);
            html.AppendHtml("</span>");
            last = match.Index + match.Length;
        }

        html.Append(text[last..]);
        return html;
    }

    private static void Append(HtmlContentBuilder html, IReadOnlyList<ListItem> items, Func<string, IHtmlContent> text)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.AppendHtml("<ul>");
        foreach (var item in items)
        {
            html.AppendHtml("<li>");
            html.AppendHtml(text(item.Text));
            Append(html, item.Items, text);
            html.AppendHtml("</li>");
        }

        html.AppendHtml("</ul>");
    }

    [GeneratedRegex(@"\[[^\[\]\r\n]{1,80}\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
