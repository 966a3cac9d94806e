using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivicAction.Web.Features.Stories.Rendering;

/// <summary>
/// Renders brief paragraphs with Markdig. Briefs are untrusted: raw HTML is disabled (shown as
/// text), only http(s) and mailto links survive (javascript:, data: and friends become plain
/// text), images become their alt text, and block syntax is off so a paragraph stays a
/// paragraph (a stray "# " cannot add a heading out of order).
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static string ParagraphToHtml(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafeUrl(link.Url))
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }

        return document.ToHtml(Pipeline);
    }

    public static bool IsSafeUrl(string? url) =>
        url is not null
        && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml().UseReferralLinks("nofollow", "noopener", "noreferrer");
        builder.BlockParsers.RemoveAll(p => p is not ParagraphBlockParser);
        return builder.Build();
    }
}
