using System.Net;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Platform.Hosting;

/// <summary>
/// Links in e-mails come from Site:PublicUrl only: with mail on and no public address the app does not start, and
/// with one set the site answers only for its own host (and loopback).
/// </summary>
public sealed class PublicUrlTests(AppFactory site) : IClassFixture<AppFactory>
{
    [Fact]
    public void MailWithoutAPublicAddress_StopsTheAppWithTheReason()
    {
        using var app = site.WithWebHostBuilder(b => b.UseSetting("Smtp:Host", "127.0.0.1").UseSetting("Smtp:FromAddress", "noreply@civicaction.test"));

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Site:PublicUrl must be too", e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("civicaction.example", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:8080", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("civicaction.example.attacker.example", HttpStatusCode.BadRequest)]
    public async Task WithAPublicAddress_OnlyItsHostIsServed(string host, HttpStatusCode status)
    {
        using var app = site.WithWebHostBuilder(b => b.UseSetting("Site:PublicUrl", "https://civicaction.example"));
        using var client = app.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = host } });

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAPublicAddress_AnyHostIsServed()
    {
        using var client = site.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "anything.example" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
