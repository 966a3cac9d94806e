using System.Net;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Foia;

/// <summary>"Send for me" makes the app send e-mail, so one client may only press it so often.</summary>
public sealed class FoiaRateLimitTests(DeliverySite site) : IClassFixture<DeliverySite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Sending_MoreThanTheLimit_GetsTheFriendly429Page()
    {
        var (url, page) = await _client.SaveBlmRequestAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < DeliverySite.SendsPerWindow + 1; i++)
        {
            statuses.Add((await _client.SubmitAsync(url, page, "form[action$='/send']")).StatusCode);
        }

        Assert.All(statuses.Take(DeliverySite.SendsPerWindow), s => Assert.Equal(HttpStatusCode.SeeOther, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var last = await _client.SubmitAsync(url, page, "form[action$='/send']");
        Assert.Contains("Too many requests", (await HtmlClient.ParseAsync(last)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        await site.Smtp.WaitForCountAsync(1);
        Assert.Single(site.Smtp.Received); // one confirmation, however often the button was pressed
    }
}
