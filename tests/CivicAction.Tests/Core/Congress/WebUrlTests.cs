using CivicAction.Core.Congress;

namespace CivicAction.Tests.Core.Congress;

public sealed class WebUrlTests
{
    [Theory]
    [InlineData("https://www.cantwell.senate.gov")]
    [InlineData("http://www.murray.senate.gov/public/?a=rss.feed")]
    [InlineData("https://fine.house.gov/address_authentication?form=/contact/email-me")]
    public void GoodHttpAddresses_PassUnchanged(string url) =>
        Assert.Equal(new CleanedUrl(url, null), WebUrl.Clean(url));

    [Theory]
    [InlineData("hhttps://fine.house.gov/address_authentication?form=/contact/email-me", "https://fine.house.gov/address_authentication?form=/contact/email-me")]
    [InlineData("hhhttp://example.house.gov", "http://example.house.gov")]
    [InlineData("https://https://example.senate.gov/contact", "https://example.senate.gov/contact")]
    [InlineData("http://https://example.senate.gov", "https://example.senate.gov")]
    public void ADoubledScheme_IsRepaired_AndSaysSo(string raw, string repaired)
    {
        var cleaned = WebUrl.Clean(raw);

        Assert.Equal(repaired, cleaned.Url);
        Assert.Equal($"repaired '{raw}' to '{repaired}'", cleaned.Note);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("ftp://example.gov/file")]
    [InlineData("www.example.house.gov")]
    [InlineData("/contact")]
    [InlineData("https://exa mple.gov")]
    [InlineData("https://")]
    public void AnythingElse_IsDropped_AndSaysSo(string raw)
    {
        var cleaned = WebUrl.Clean(raw);

        Assert.Null(cleaned.Url);
        Assert.Equal($"dropped '{raw}': not an http or https address", cleaned.Note);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NoAddress_IsNoAddress_WithoutANote(string? raw) =>
        Assert.Equal(new CleanedUrl(null, null), WebUrl.Clean(raw));
}
