using CivicAction.Core.Formats;

namespace CivicAction.Tests.Core.Formats;

public sealed class MailtoLinkTests
{
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
}
