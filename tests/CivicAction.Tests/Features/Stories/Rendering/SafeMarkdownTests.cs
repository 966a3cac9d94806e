using CivicAction.Web.Features.Stories.Rendering;

namespace CivicAction.Tests.Features.Stories.Rendering;

/// <summary>Brief text made safe: Markdown with raw HTML off and only web and mail links, and links in plain text.</summary>
public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img")]
    [InlineData("[click](javascript:alert(1))", "<p>click</p>")]
    [InlineData("[x](data:text/html;base64,AAAA)", "<p>x</p>")]
    [InlineData("![pic](https://evil.example/p.png)", "<p>pic</p>")]
    [InlineData("<https://example.org>", "href=\"https://example.org\"")]
    [InlineData("# Not a heading", "<p># Not a heading</p>")]
    public void SafeMarkdown_RendersHostileInputAsText(string markdown, string expected)
    {
        var html = SafeMarkdown.ParagraphToHtml(markdown);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SafeMarkdown_KeepsWebLinks_WithReferralProtection()
    {
        var html = SafeMarkdown.ParagraphToHtml("See [the report](https://example.org/r) and *this*.");
        Assert.Contains("<a href=\"https://example.org/r\" rel=\"nofollow noopener noreferrer\">the report</a>", html, StringComparison.Ordinal);
        Assert.Contains("<em>this</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextLinks_LinksBareAddresses_AndEncodesEverythingElse()
    {
        var html = ToString(TextLinks.Render("Find your House member at house.gov/representatives/find-your-representative. <b>x</b>"));
        Assert.Contains("<a href=\"https://house.gov/representatives/find-your-representative\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.EndsWith("representative</a>. &lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    private static string ToString(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
