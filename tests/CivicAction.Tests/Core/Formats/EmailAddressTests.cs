using CivicAction.Core.Formats;

namespace CivicAction.Tests.Core.Formats;

/// <summary>The one e-mail check: what it accepts, the mail composer can write.</summary>
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ann@example.org")]
    [InlineData("blm_foia@blm.gov")]
    [InlineData("first.last+foia@sub.agency.gov")]
    [InlineData("O'Brien@example.ie")]
    public void PlainAddresses_Pass(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("ann")]
    [InlineData("ann@localhost")]
    [InlineData("ann@example")]
    [InlineData("ann@@example.org")]
    [InlineData("ann@example.org, bob@example.org")]
    [InlineData("foia,someone@example.org")]
    [InlineData("foia:someone@example.org")]
    [InlineData("foia;someone@example.org")]
    [InlineData("Ann <ann@example.org>")]
    [InlineData("ann@example.org\r\nBcc: victim@example.org")]
    [InlineData(" ann@example.org")]
    [InlineData("ann@-example.org")]
    [InlineData("ann@example.123")]
    [InlineData("ann@[127.0.0.1]")]
    [InlineData("\"ann smith\"@example.org")]
    public void AnythingElse_Fails(string address) => Assert.False(EmailAddress.IsValid(address));

    [Fact]
    public void TooLong_Fails()
    {
        Assert.False(EmailAddress.IsValid(new string('a', 65) + "@example.org"));
        Assert.False(EmailAddress.IsValid("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org"));
    }
}
