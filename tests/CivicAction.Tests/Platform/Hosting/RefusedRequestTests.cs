using System.Net;
using System.Text;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Platform.Hosting;

/// <summary>
/// Requests the site does not serve get the right status and the friendly page, never a 500 with a stack trace in
/// the log: a method no page answers, a post that names no handler, a body over the limit, a form with too many fields.
/// </summary>
public sealed class RefusedRequestTests(DeliverySite site) : IClassFixture<DeliverySite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private async Task AssertFriendlyAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        Assert.True(status == response.StatusCode, site.Log.Text());
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("   at ", site.Log.Text(), StringComparison.Ordinal); // no stack trace was logged
    }

    public static TheoryData<string, string> OtherMethods => new()
    {
        { "TRACE", "/" },
        { "TRACE", "/stories/senate-committee-schedules-vote-on-public-lands-sale" },
        { "TRACE", "/requests/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
        { "PUT", "/" },
        { "DELETE", "/search?q=land" },
        { "PATCH", "/tags" },
    };

    [Fact]
    public async Task Options_SaysWhatTheSiteTakes()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task AMethodNoPageAnswers_Gets405_WithAllow(string method, string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await AssertFriendlyAsync(response, HttpStatusCode.MethodNotAllowed, "This address does not take that kind of request");
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task APostThatNamesNoHandler_OnAPrivatePage_Gets405()
    {
        var (url, page) = await _client.SaveBlmRequestAsync();
        var form = Forms.Fields(page.Forms.First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)))
            .Where(f => f.Key == "__RequestVerificationToken");

        var response = await _client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(form));

        await AssertFriendlyAsync(response, HttpStatusCode.MethodNotAllowed, "This address does not take that kind of request");
    }

    [Fact]
    public async Task APostWithoutItsAntiforgeryToken_Gets400()
    {
        var (url, _) = await _client.SaveBlmRequestAsync();

        var response = await _client.PostAsync(new Uri(url + "?handler=delete", UriKind.Relative), new FormUrlEncodedContent([]));

        await AssertFriendlyAsync(response, HttpStatusCode.BadRequest, "That request could not be understood");
    }

    [Fact]
    public async Task AFortyFiveMegabyteForm_Gets413_BeforeItIsRead()
    {
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("Form.FullName=" + new string('a', 45 * 1024 * 1024)));
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        var response = await _client.PostAsync(new Uri(FoiaPages.BlmDraft + "?handler=Save", UriKind.Relative), body);

        await AssertFriendlyAsync(response, HttpStatusCode.RequestEntityTooLarge, "That was more than this site accepts");
    }

    [Fact]
    public async Task AFormWithThousandsOfFields_Gets400()
    {
        var (_, page) = await _client.GetPageAsync(FoiaPages.BlmDraft);
        var fields = Forms.Fields(page.Form("#foia-form"))
            .Concat(Enumerable.Range(0, 5_000).Select(n => new KeyValuePair<string, string>($"f{n}", "x")));

        var response = await _client.PostAsync(new Uri(FoiaPages.BlmDraft + "?handler=Preview", UriKind.Relative), new FormUrlEncodedContent(fields));

        await AssertFriendlyAsync(response, HttpStatusCode.BadRequest, "That request could not be understood");
    }
}
