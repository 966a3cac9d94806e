using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Serilog;
using CivicAction.Tests.Support;
using CivicAction.Web;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Tests.Platform.Logging;

/// <summary>
/// The app's log pipeline (<see cref="WebApp.Logging"/>) around a capture: a token is hidden from the rendered
/// message, every property, the template's own text and the exception, whatever kind of value carries it.
/// </summary>
public sealed class PrivatePathRedactionTests
{
    private static readonly string Token = SecretToken.New();

    private static string Logged(Action<ILogger> log)
    {
        var capture = new CapturedLog();
        using (var logger = WebApp.Logging(new LoggerConfiguration(), new ConfigurationBuilder().Build(), sinks => sinks.Sink(capture)).CreateLogger())
        {
            log(logger);
        }

        Assert.Equal(1, capture.Count);
        return capture.Text();
    }

    [Fact]
    public void AUrl_AsAPropertyOfAnyKind_IsRedacted()
    {
        var text = Logged(log => log.Information("{Text} {Uri} {Path} {Query} {Values} {Map}",
            $"http://localhost/requests/{Token}?done=saved",
            new Uri($"https://civicaction.example/requests/{Token}?done=saved#top"),
            new PathString($"/letters/{Token}/confirm/{Token}"),
            QueryString.Create("returnUrl", $"/requests/{Token}"),
            new[] { Token, $"/requests/{Token};x" },
            new Dictionary<string, object> { ["token"] = Token, [$"/letters/{Token}"] = 1 }));

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("https://civicaction.example/requests/{token}?done=saved#top", text, StringComparison.Ordinal);
        Assert.Contains("returnUrl=%2Frequests%2F{token}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateBuiltFromTheAddress_IsRedacted()
    {
        var text = Logged(log => log.Information("redirecting to /requests/" + Token + "?done=saved for {Who}", "someone"));

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("redirecting to /requests/{token}?done=saved for \"someone\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExceptionQuotingTheAddress_IsRedacted()
    {
        var text = Logged(log => log.Warning(new InvalidOperationException($"bad request line: GET /requests/{Token}?done=saved"), "Request failed"));

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("bad request line: GET /requests/{token}?done=saved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventWithoutTokens_IsLoggedAsItIs()
    {
        var text = Logged(log => log.Information("HTTP {Method} {Path} responded {Status}", "GET", "/stories/a-story", 200));

        Assert.Contains("HTTP \"GET\" \"/stories/a-story\" responded 200", text, StringComparison.Ordinal);
    }
}
