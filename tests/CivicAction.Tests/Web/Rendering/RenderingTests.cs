using System.Text;
using CivicAction.Web.Features.Foia.Downloads;
using CivicAction.Web.Features.Stories.Rendering;
using CivicAction.Web.Platform.Logging;
using CivicAction.Core.Formats;

namespace CivicAction.Tests.Web.Rendering;

/// <summary>The small renderers: safe Markdown, links in text, PDF, calendar, mailto, log paths.</summary>
public sealed class RenderingTests
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

    [Fact]
    public void Pdf_IsAValidFileWithEveryLineAndEscapedParentheses()
    {
        var letter = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"Line {i} (with parentheses) and § 552 “quotes”"));
        var pdf = Encoding.Latin1.GetString(PlainTextPdf.Render(letter));

        Assert.StartsWith("%PDF-1.4", pdf, StringComparison.Ordinal);
        Assert.Contains("/Count 3", pdf, StringComparison.Ordinal); // 120 lines at 42 a page
        Assert.Contains("(Line 120 \\(with parentheses\\) and \u00A7 552 \u0093quotes\u0094) Tj", pdf, StringComparison.Ordinal);
        var xref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("xref", pdf.Substring(xref, 4));
    }

    [Fact]
    public void Pdf_WrapsLongLinesBetweenWords()
    {
        var lines = PlainTextPdf.Wrap(string.Join(' ', Enumerable.Repeat("word", 60))).ToList();
        Assert.All(lines, l => Assert.True(l.Length <= 84));
        Assert.Equal(60, lines.Sum(l => l.Split(' ').Length));
    }

    [Fact]
    public void Calendar_IsAnAllDayEvent_WithEscapedAndFoldedText()
    {
        var ics = DueDateCalendar.Create("CivicAction", "uid-1", new DateOnly(2025, 12, 26), "FOIA answer due: DHS, HQ; now",
            new string('x', 200), new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains("DTSTART;VALUE=DATE:20251226\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20251227\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:FOIA answer due: DHS\\, HQ\\; now\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n x", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Mailto_CarriesTheBody_OnlyWhenTheLinkStaysShort()
    {
        var (shortHref, shortHasBody) = MailtoLink.For("foia@agency.gov", "FOIA request", "Dear Officer,\nPlease send.");
        Assert.True(shortHasBody);
        Assert.Equal("mailto:foia@agency.gov?subject=FOIA%20request&body=Dear%20Officer%2C%0D%0APlease%20send.", shortHref);

        var (longHref, longHasBody) = MailtoLink.For("foia@agency.gov", "FOIA request", new string('a', 3000));
        Assert.False(longHasBody);
        Assert.Equal("mailto:foia@agency.gov?subject=FOIA%20request", longHref);
    }

    [Theory]
    [InlineData("/requests/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk", "/requests/{token}")]
    [InlineData("/requests/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk/confirm/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "/requests/{token}/confirm/{token}")]
    [InlineData("/stories/doj-admits-dhs-secretary-noem", "/stories/doj-admits-dhs-secretary-noem")]
    public void LogPaths_HideTokens_ButKeepOrdinaryAddresses(string path, string logged) =>
        Assert.Equal(logged, LogSafePath.Redact(path));

    private static string ToString(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
