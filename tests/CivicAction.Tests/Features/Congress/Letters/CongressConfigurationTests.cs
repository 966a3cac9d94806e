using CivicAction.Tests.Support;
using Microsoft.Extensions.Options;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>How the operator's settings change what the letters page offers, and what they refuse.</summary>
public sealed class CongressConfigurationTests
{
    [Fact]
    public async Task WithAddressesButNoSmtp_TheEmailAppIsOffered_ButNotSendForMe()
    {
        await using var site = CongressSite.With(new Dictionary<string, string?> { ["CongressDelivery:GatewayPattern"] = "{bioguide}@gateway.test" });
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.LettersAsync($"{SeedPage}?zip=98103");

        Assert.Equal(["mailto:M001111@gateway.test", "mailto:C000127@gateway.test", "mailto:J000298@gateway.test"],
            page.QuerySelectorAll("a[href^='mailto:']").Select(a => a.GetAttribute("href")![..a.GetAttribute("href")!.IndexOf('?', StringComparison.Ordinal)]));
        Assert.Null(page.QuerySelector("section.send-for-me"));
        Assert.Contains("This site is not set up to send e-mail", page.QuerySelector(".why-no-email")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["form", "call", "mail", "email"], page.Letter("Senator Maria Cantwell").QuerySelectorAll(".checklist input").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task SendingIsRateLimited_PerClient()
    {
        await using var sink = await SmtpSink.StartAsync();
        var settings = CongressSite.Smtp(sink);
        settings["CongressDelivery:Addresses:C000127"] = "cantwell-office@senate.test";
        settings["RateLimits:SendsPerWindow"] = "2";
        await using var site = CongressSite.With(settings);
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var letters = await client.LettersAsync($"{SeedPage}?zip=98103");
        var form = letters.Form("section.send-for-me form");

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((int)(await client.SubmitAsync(form, SeedPage, [("sendTo", "C000127")])).StatusCode);
        }

        Assert.Equal([303, 303, 429], statuses);
    }

    /// <summary>
    /// Pressing "confirm" is what checks a code, so posts are limited; opening a link only finds the letters by their
    /// token, as their private page does, and a mail scanner or a person opening it again is never refused.
    /// </summary>
    [Fact]
    public async Task ConfirmationPosts_AreRateLimited_SoCodesCannotBeTriedInBulk_ButOpeningALinkIsNot()
    {
        await using var site = CongressSite.With(new Dictionary<string, string?> { ["RateLimits:ConfirmationsPerWindow"] = "2" }, importData: false);
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var opened = new List<int>();
        var pressed = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var guess = new Uri($"/letters/{new string((char)('A' + i), 43)}/confirm/{new string('B', 43)}", UriKind.Relative);
            opened.Add((int)(await client.GetAsync(guess)).StatusCode);
            using var empty = new FormUrlEncodedContent([]);
            pressed.Add((int)(await client.PostAsync(guess, empty)).StatusCode);
        }

        Assert.Equal([404, 404, 404], opened);
        Assert.Equal([400, 400, 429], pressed); // refused without a form's antiforgery token, then by the limit
    }

    [Fact]
    public void AnUnusableDeliveryConfiguration_StopsTheAppAtStart()
    {
        using var site = CongressSite.With(new Dictionary<string, string?> { ["CongressDelivery:GatewayPattern"] = "gateway.test" }, importData: false);

        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("CongressDelivery:GatewayPattern must be an e-mail address containing {bioguide}", error.Message, StringComparison.Ordinal);
    }
}
