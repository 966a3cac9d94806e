using CivicAction.Tests.Support;
using Microsoft.Extensions.Options;

namespace CivicAction.Tests.Features.Congress.Delivery;

/// <summary>The CongressDelivery:Cwc settings are checked when the app starts, each with the exact reason.</summary>
public sealed class CwcSettingsTests
{
    private static string StartError(Dictionary<string, string?> settings)
    {
        using var site = CongressSite.With(settings, importData: false);
        return Assert.Throws<OptionsValidationException>(() => site.CreateClient()).Message;
    }

    private static Dictionary<string, string?> WithMail(Dictionary<string, string?> cwc)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Site:PublicUrl"] = "http://localhost",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:FromAddress"] = "letters@civicaction.test",
        };
        foreach (var (key, value) in cwc)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public void CwcWithoutMail_StopsTheApp_SayingWhy()
    {
        Assert.Contains("CongressDelivery:Cwc:Host is set, so Smtp:Host must be too: a letter goes through CWC only after the person confirms their e-mail address",
            StartError(CwcCongressSite.Settings("https://cwc.example")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CongressDelivery:Cwc:ApiKey", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:ApiKey must be too")]
    [InlineData("CongressDelivery:Cwc:Host", "CongressDelivery:Cwc:ApiKey is set, so CongressDelivery:Cwc:Host must be too")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgent", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:DeliveryAgent must be too (the delivery agent's name as registered with CWC)")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentAckEmail", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:DeliveryAgentAckEmail must be too (an e-mail address)")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentContactName", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:DeliveryAgentContactName must be too")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentContactEmail", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:DeliveryAgentContactEmail must be too (an e-mail address)")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentContactPhone", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:DeliveryAgentContactPhone must be too (a phone number written 202-555-0100)")]
    [InlineData("CongressDelivery:Cwc:CampaignId", "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:CampaignId must be too")]
    public void EachMissingSetting_StopsTheApp_NamingIt(string missing, string message)
    {
        var settings = CwcCongressSite.Settings("https://cwc.example");
        settings[missing] = "";

        Assert.Contains(message, StartError(WithMail(settings)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentContactPhone", "(202) 555-0143", "CongressDelivery:Cwc:DeliveryAgentContactPhone '(202) 555-0143' must be written 202-555-0100")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentAckEmail", "acks", "CongressDelivery:Cwc:DeliveryAgentAckEmail 'acks' is not an e-mail address")]
    [InlineData("CongressDelivery:Cwc:Host", "cwc.example", "CongressDelivery:Cwc:Host 'cwc.example' must be a web address such as https://cwc.house.gov, without a query")]
    [InlineData("CongressDelivery:Cwc:DeliveryAgentContactName", "Jo", "CongressDelivery:Cwc:DeliveryAgentContactName must have 6 to 500 characters (CWC's rule)")]
    public void AnUnusableValue_StopsTheApp_SayingWhatIsExpected(string key, string value, string message)
    {
        var settings = CwcCongressSite.Settings("https://cwc.example");
        settings[key] = value;

        Assert.Contains(message, StartError(WithMail(settings)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCwc_TheDetailsForm_AsksNoTitleOrTopic_AndOffersNoSendForMe()
    {
        await using var site = CongressSite.With(new Dictionary<string, string?>());
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var (page, form) = await client.DetailsFormAsync($"{CongressPages.SeedPage}?zip=98103");
        Assert.Null(form.QuerySelector("[name=prefix]"));
        Assert.Null(form.QuerySelector("[name=topic]"));
        Assert.NotNull(form.QuerySelector("input[name=firstName][autocomplete=given-name]"));
        Assert.NotNull(form.QuerySelector("input[name=lastName][autocomplete=family-name]"));
        var letters = await client.LettersAsync($"{CongressPages.SeedPage}?zip=98103");
        Assert.Null(letters.QuerySelector("section.send-for-me"));
        Assert.Null(letters.QuerySelector(".delivery-option.cwc"));
        Assert.Contains("Dana Rivera\n4200 Fremont Ave N, Apt 3", letters.Letter("Senator Maria Cantwell").Body().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.NotNull(page);
    }
}
