using System.Globalization;
using System.Net;
using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CivicAction.Tests.Features.Foia;

/// <summary>The app with room for only <see cref="DraftsPerWindow"/> drafting posts per client.</summary>
public sealed class FewDraftsSite : AppFactory
{
    public const int DraftsPerWindow = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:DraftsPerWindow", DraftsPerWindow.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// The drafting limit counts what costs the server work and storage, posts; reading a page changes nothing, so a
/// person opening their own private page again and again is never told to wait.
/// </summary>
public sealed class FoiaDraftRateLimitTests(FewDraftsSite site) : IClassFixture<FewDraftsSite>
{
    private const string Draft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task ReadingPages_NeverCounts_ButPostsBeyondTheLimitAreRefused()
    {
        for (var i = 0; i < FewDraftsSite.DraftsPerWindow * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(Draft, UriKind.Relative))).StatusCode);
        }

        var (_, form) = await _client.GetPageAsync(Draft);
        var saved = await _client.SubmitAsync(Draft, form, "#foia-form", FoiaDraftPageTests.Requester, "button[formaction*='Save']");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode); // post 1 of 2
        var url = saved.Headers.Location!.ToString().Split('?')[0];

        for (var i = 0; i < FewDraftsSite.DraftsPerWindow * 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
            using var head = new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(head)).StatusCode);
        }

        var (_, page) = await _client.GetPageAsync(url);
        var record = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Submitted", StringComparison.Ordinal));
        record.Id = "record-form";
        var recorded = await _client.SubmitAsync(url, page, "#record-form", new Dictionary<string, string?> { ["Input.On"] = "2026-03-02", ["Input.Via"] = "portal" });
        Assert.Equal(HttpStatusCode.SeeOther, recorded.StatusCode); // post 2 of 2
        var refused = await _client.SubmitAsync(url, page, "#record-form", new Dictionary<string, string?> { ["Input.On"] = "2026-03-03", ["Input.Via"] = "portal" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode); // and reading still works
    }
}
