using CivicAction.Web.Features.Congress.Letters;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Options;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CivicAction.Tests.Platform.Options;

/// <summary>Every section is bound and checked the same way, its own rules included, with a message naming the value.</summary>
public sealed class OptionsSectionsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void GoodSettings_AreBound()
    {
        var smtp = OptionsSections.Read<SmtpOptions>(Settings(("Smtp:Host", "mail.example.org"), ("Smtp:Port", "2525"), ("Smtp:FromAddress", "noreply@example.org")));

        Assert.Equal(("mail.example.org", 2525), (smtp.Host, smtp.Port));
        Assert.Equal(5, OptionsSections.Read<RateLimitOptions>(Settings()).SendsPerWindow);
    }

    [Theory]
    [InlineData("Smtp:FromAddress", "foia,someone@example.org", "is not an e-mail address")]
    [InlineData("Smtp:Port", "70000", "Port")]
    [InlineData("Smtp:LeaseSeconds", "30", "Smtp:LeaseSeconds (30) must be longer than Smtp:TimeoutSeconds (30)")]
    public void ABadSmtpSetting_IsRefused_WithTheReason(string key, string value, string reason)
    {
        var e = Assert.Throws<OptionsValidationException>(() => OptionsSections.Read<SmtpOptions>(Settings((key, value))));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MailOn_WithThePlaceholderFromAddress_IsRefused()
    {
        var e = Assert.Throws<OptionsValidationException>(() => OptionsSections.Read<SmtpOptions>(Settings(("Smtp:Host", "mail.example.org"))));

        Assert.Contains("Smtp:FromAddress must be the site's own address", e.Message, StringComparison.Ordinal);
        Assert.Equal("noreply@civicaction.invalid", OptionsSections.Read<SmtpOptions>(Settings()).FromAddress); // mail off: no need
    }

    [Fact]
    public void ARateLimitOfZero_IsRefused()
    {
        var e = Assert.Throws<OptionsValidationException>(() => OptionsSections.Read<RateLimitOptions>(Settings(("RateLimits:SendsPerWindow", "0"))));

        Assert.Contains("SendsPerWindow", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnusableCongressDeliveryAddress_IsRefused_ByTheSameMechanism()
    {
        var e = Assert.Throws<OptionsValidationException>(() =>
            OptionsSections.Read<CongressDeliveryOptions>(Settings(("CongressDelivery:Addresses:C000127", "not an address"))));

        Assert.Contains("is not an e-mail address", e.Message, StringComparison.Ordinal);
    }
}
