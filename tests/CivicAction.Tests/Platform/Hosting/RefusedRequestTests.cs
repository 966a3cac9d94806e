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
    private const string SeedDraft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";

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
    public async Task AFormPastTheLimit_SentWithoutALength_Gets413FromTheRealServer()
    {
        using var app = new AppFactory();
        app.UseKestrel(0);
        app.StartServer();
        var server = app.ClientOptions.BaseAddress;

        // By hand, since HttpClient gives up on the response once the server stops reading the body it refused.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST {SeedDraft}?handler=Save HTTP/1.1\r\nHost: {server.Authority}\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
        var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string('a', 0x10000) + "\r\n");
        try
        {
            for (var sent = 0; sent < 4 * 1024 * 1024; sent += 0x10000)
            {
                await stream.WriteAsync(chunk);
            }
        }
        catch (IOException)
        {
            // The server answered and closed before reading all of it: the answer is waiting to be read.
        }

        var answer = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("That was more than this site accepts", answer, StringComparison.Ordinal);
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
