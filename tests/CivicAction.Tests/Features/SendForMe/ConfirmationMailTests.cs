using System.Text.RegularExpressions;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.SendForMe.Confirmations;

namespace CivicAction.Tests.Features.SendForMe;

/// <summary>
/// The confirmation e-mail goes to an address no one has confirmed yet, so it must not carry anyone's words or links
/// there: fixed text, the sender's name only when it is a name, the directory's agency only, and links to the site's
/// configured public address whatever Host a request named.
/// </summary>
public sealed partial class ConfirmationMailTests(DeliverySite site) : IClassFixture<DeliverySite>
{
    private const string PublicUrl = "https://civicaction.example";

    [Fact]
    public async Task StrangersWords_InTheNameAndAnUnknownAgency_NeverReachTheConfirmation()
    {
        using var app = site.WithWebHostBuilder(b => b.UseSetting("Site:PublicUrl", PublicUrl));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (url, page) = await client.SaveBlmRequestAsync(new Dictionary<string, string?>
        {
            ["Form.FullName"] = "Claim your prize at prizes-example.net now",
            ["Form.AgencyName"] = "Dear friend, you have won. Reply with your bank details to claim it",
        });
        var before = site.Smtp.Received.Count;

        await client.SubmitAsync(url, page, "form[action$='/send']");

        var mail = (await site.Smtp.WaitForCountAsync(before + 1)).Last();
        var body = mail.Message.TextBody ?? "";
        Assert.Equal("Please confirm: send your FOIA request", mail.Message.Subject);
        Assert.StartsWith("Hello,", body.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("prize", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bank", body, StringComparison.OrdinalIgnoreCase);
        var links = Link().Matches(body).Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(PublicUrl + "/requests/", l, StringComparison.Ordinal)); // not the request's host
    }

    [Theory]
    [InlineData("Ann Example", "Hello Ann Example,")]
    [InlineData("  J.R.R. Tolkien ", "Hello J.R.R. Tolkien,")]
    [InlineData("María José Núñez-O’Brien", "Hello María José Núñez-O’Brien,")]
    [InlineData("see https://example.net", "Hello,")]
    [InlineData("visit example.net today", "Hello,")]
    [InlineData("www.example.net", "Hello,")]
    [InlineData("write to me@example.net", "Hello,")]
    [InlineData("<b>Ann</b>", "Hello,")]
    [InlineData("", "Hello,")]
    public void Greeting_NamesThePersonOnlyWithAName(string name, string greeting) =>
        Assert.Equal(greeting, EmailConfirmations.Greeting(name));

    [Fact]
    public void Greeting_OfAnOverlongName_IsPlain() => Assert.Equal("Hello,", EmailConfirmations.Greeting(new string('a', 101)));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
