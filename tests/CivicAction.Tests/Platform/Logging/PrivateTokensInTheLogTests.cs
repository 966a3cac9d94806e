using System.Net;
using System.Text.RegularExpressions;
using CivicAction.Tests.Features.Foia;
using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CivicAction.Tests.Platform.Logging;

/// <summary>
/// The app with the framework's own messages on, from Information (an operator's first step when chasing a
/// problem) down to Debug and Verbose (where routing logs every link it generates, query string and all).
/// </summary>
public sealed class FrameworkLogSite : DeliverySite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
    }
}

/// <summary>
/// A private page's token in the log opens someone's request: a whole FOIA request's life, from saving it to
/// deleting it, through the real app and its real log pipeline, leaves no token in any message or property.
/// </summary>
public sealed partial class PrivateTokensInTheLogTests(FrameworkLogSite site) : IClassFixture<FrameworkLogSite>
{
    private const string BlmDraft = "/stories/senate-committee-schedules-vote-on-public-lands-sale/actions/3/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task ARequestFromSavingToDeleting_LeavesNoTokenInTheLog()
    {
        var (_, form) = await _client.GetPageAsync(BlmDraft);
        var changes = FoiaDraftPageTests.Requester;
        changes["Form.DateRangeFrom"] = "2024-01-01";
        changes["Form.ToPresent"] = "true";
        var saved = await _client.SubmitAsync(BlmDraft, form, "#foia-form", changes, "button[formaction*='Save']");
        var location = saved.Headers.Location!.ToString();
        Assert.EndsWith("?done=saved", location, StringComparison.Ordinal);
        var url = location.Split('?')[0];
        var token = url["/requests/".Length..];

        var (_, page) = await _client.GetPageAsync(location);
        foreach (var file in new[] { "/letter.txt", "/letter.eml", "/letter.pdf", "/print" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(url + file, UriKind.Relative))).StatusCode);
        }

        var sent = await _client.SubmitAsync(url, page, "form[action$='/send']");
        await _client.GetPageAsync(sent.Headers.Location!.ToString());
        var confirmation = (await site.Smtp.WaitForCountAsync(1)).Last();
        var link = new Uri(ConfirmLink().Match(confirmation.Message.TextBody ?? "").Value).AbsolutePath;
        var code = link[(link.LastIndexOf('/') + 1)..];
        var (_, confirmPage) = await _client.GetPageAsync(link);
        var confirmed = await _client.SubmitAsync(link, confirmPage, "main form");
        Assert.Equal(url + "?done=confirmed", confirmed.Headers.Location!.ToString());
        (_, page) = await _client.GetPageAsync(confirmed.Headers.Location!.ToString());
        await site.Smtp.WaitForCountAsync(2);

        var delete = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Delete", StringComparison.Ordinal));
        delete.Id = "delete-form";
        Assert.Equal("/requests/deleted", (await _client.SubmitAsync(url, page, "#delete-form", new Dictionary<string, string?> { ["confirm"] = "true" })).Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(location, UriKind.Relative))).StatusCode);

        var log = site.Log.Text();
        Assert.Contains("Request starting", log, StringComparison.Ordinal); // the framework's own messages are captured
        Assert.Contains("/requests/{token}", log, StringComparison.Ordinal);
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain(code, log, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://\S+/confirm/\S+")]
    private static partial Regex ConfirmLink();
}
