using System.Net;
using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CivicAction.Tests.Platform.Hosting;

/// <summary>
/// Behind nginx every request comes from the proxy: the per-client limits must count the client nginx names in
/// X-Forwarded-For, and only when the request comes from a proxy the operator listed (anyone can write the header).
/// A real Kestrel server, so that requests have a remote address (127.0.0.1, the "proxy" here).
/// </summary>
public sealed class TrustedProxiesTests
{
    private const int DraftsPerWindow = 2;
    private const string Draft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia?handler=Save";

    [Fact]
    public async Task BehindATrustedProxy_EachForwardedClient_HasItsOwnLimit()
    {
        using var site = new Site(trusted: "127.0.0.1");
        using var client = site.Client();

        // A post without its antiforgery token is refused after the limiter has counted it: 400, then 429.
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, "203.0.113.5"));

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(client, "203.0.113.6")); // another client of the same proxy
    }

    [Fact]
    public async Task AClientWritingItsOwnForwardedFor_IsStillCountedAsItself()
    {
        using var site = new Site(trusted: "10.0.0.0/8, 127.0.0.0/8");
        using var client = site.Client();
        for (var i = 0; i < DraftsPerWindow; i++)
        {
            await PostAsync(client, "203.0.113.5");
        }

        // nginx appends the address it saw to whatever the client sent: only that last one is believed.
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, "198.51.100.7, 203.0.113.5"));
    }

    [Fact]
    public async Task WithoutTrustedProxies_TheHeaderIsIgnored()
    {
        using var site = new Site(trusted: null);
        using var client = site.Client();
        for (var i = 0; i < DraftsPerWindow; i++)
        {
            await PostAsync(client, "203.0.113.5");
        }

        // Anyone can write the header: a fresh address in it buys no fresh allowance.
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, "203.0.113.6"));
    }

    [Fact]
    public void AnEntryThatIsNoAddress_StopsTheAppAtStart_NamingIt()
    {
        using var site = new Site(trusted: "10.0.0.0/8, proxy.internal");

        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Site:TrustedProxies: 'proxy.internal' is not an IP address or a network such as 10.0.0.0/8", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Draft, UriKind.Relative)) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private sealed class Site(string? trusted) : AppFactory
    {
        public HttpClient Client()
        {
            UseKestrel(0);
            StartServer();
            return CreateClient(new() { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:DraftsPerWindow", DraftsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (trusted is not null)
            {
                builder.UseSetting("Site:TrustedProxies:0", trusted);
            }
        }
    }
}
