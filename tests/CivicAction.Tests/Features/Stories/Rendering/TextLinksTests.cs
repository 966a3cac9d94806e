using CivicAction.Web.Features.Stories.Rendering;

namespace CivicAction.Tests.Features.Stories.Rendering;

/// <summary>Addresses in a brief's plain text become links, and nothing else of the text becomes markup.</summary>
public sealed class TextLinksTests
{
    private static string Html(string text)
    {
        using var writer = new StringWriter();
        TextLinks.Render(text).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void AnEmailAddress_IsAMailtoLink_AndItsDomainIsNotTakenForAWebAddress()
    {
        Assert.Equal(
            "E-mail <a href=\"mailto:records@clearwater-district.org\">records@clearwater-district.org</a> or see " +
            "<a href=\"https://www.example.gov/find\" rel=\"nofollow noopener noreferrer\">www.example.gov/find</a>.",
            Html("E-mail records@clearwater-district.org or see www.example.gov/find."));
    }

    [Fact]
    public void MarkupInTheText_IsShownAsText_EvenNextToAnAddress()
    {
        var html = Html("<script>alert(1)</script> x@evil.org\"onmouseover=alert(1)");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:x@evil.org\">x@evil.org</a>&quot;onmouseover=alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAddressThePageSaysIsNoWayToWrite_StaysText()
    {
        using var writer = new StringWriter();
        TextLinks.Render("E-mail a@dhs.gov or b@epa.gov.", address => address != "a@dhs.gov").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("E-mail a@dhs.gov or <a href=\"mailto:b@epa.gov\">b@epa.gov</a>.", writer.ToString());
    }
}
