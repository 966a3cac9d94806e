using CivicAction.Web.Features.Congress.Letters;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>Office addresses come only from the operator's configuration, never from guesses.</summary>
public sealed class CongressDeliveryOptionsTests
{
    [Fact]
    public void ByDefault_NoOfficeHasAnAddress()
    {
        var options = new CongressDeliveryOptions();

        Assert.Null(options.AddressFor("C000127"));
        Assert.Null(options.Problem());
    }

    [Fact]
    public void AConfiguredAddress_WinsOverTheGateway_WhichReachesEveryOtherOffice()
    {
        var options = new CongressDeliveryOptions
        {
            Addresses = new() { ["c000127"] = " cantwell@senate.example " },
            GatewayPattern = "{bioguide}@gateway.example",
        };

        Assert.Equal("cantwell@senate.example", options.AddressFor("C000127"));
        Assert.Equal("M001111@gateway.example", options.AddressFor("M001111"));
        Assert.Equal("J000298@gateway.example", options.AddressFor("j000298"));
        Assert.Null(options.Problem());
    }

    [Theory]
    [InlineData("typed-0")]
    [InlineData("")]
    [InlineData("C000127@evil")]
    [InlineData("../C000127")]
    public void OnlyABioguideId_CanHaveAnAddress(string id)
    {
        var options = new CongressDeliveryOptions { GatewayPattern = "{bioguide}@gateway.example" };

        Assert.Null(options.AddressFor(id));
    }

    [Theory]
    [InlineData("gateway.example", null, "must be an e-mail address containing {bioguide}")]
    [InlineData("{bioguide}@", null, "must be an e-mail address containing {bioguide}")]
    [InlineData(null, "not-an-address", "'not-an-address' is not an e-mail address")]
    [InlineData(null, "Cantwell <c@senate.example>", "is not an e-mail address")]
    public void AnUnusableConfiguration_IsNamed(string? pattern, string? address, string problem)
    {
        var options = new CongressDeliveryOptions { GatewayPattern = pattern };
        if (address is not null)
        {
            options.Addresses["C000127"] = address;
        }

        Assert.Contains(problem, options.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyThatIsNotABioguideId_IsNamed()
    {
        var options = new CongressDeliveryOptions { Addresses = new() { ["Cantwell"] = "c@senate.example" } };

        Assert.Contains("'Cantwell' is not a Bioguide ID", options.Problem(), StringComparison.Ordinal);
    }
}
