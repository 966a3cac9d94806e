using CivicAction.Core.Briefs;
using Microsoft.AspNetCore.Html;

namespace CivicAction.Web.Features.Stories.Rendering;

/// <summary>Nested bullets and letter text as safe HTML: everything encoded, structure kept.</summary>
public static class ItemsHtml
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
        foreach (var (part, isPlaceholder) in Placeholders.Split(text))
        {
            if (isPlaceholder)
            {
                html.AppendHtml("<span class=\"placeholder\">").Append(part).AppendHtml("</span>");
            }
            else
            {
                html.Append(part);
            }
        }

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
}
