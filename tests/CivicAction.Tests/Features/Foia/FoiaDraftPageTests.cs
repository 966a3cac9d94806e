using System.Net;
using CivicAction.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using CivicAction.Web.Platform.Database;

namespace CivicAction.Tests.Features.Foia;

public sealed class FoiaDraftPageOnSqliteTests(DeliverySite site) : FoiaDraftPageTests(site), IClassFixture<DeliverySite>;

public sealed class FoiaDraftPageOnPostgresTests(PostgresDeliverySite site) : FoiaDraftPageTests(site), IClassFixture<PostgresDeliverySite>;

/// <summary>
/// Drafting a FOIA request over HTTP: prefill, preview, checks next to fields, saving to a private page; the request
/// store on each database.
/// </summary>
public abstract class FoiaDraftPageTests(DeliverySite site)
{
    private const string DraftUrl = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    public static Dictionary<string, string?> Requester => new()
    {
        ["Form.FullName"] = "Ann Example",
        ["Form.Email"] = "ann@example.test",
        ["Form.PostalAddress"] = "12 Main Street\nSpringfield, IL 62701",
    };

    private long SavedRequests()
    {
        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_requests");
    }

    [Fact]
    public async Task Draft_IsPrefilledFromTheBrief_AndSaysDhsTakesRequestsThroughItsPortal()
    {
        var (response, page) = await _client.GetPageAsync(DraftUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("I request copies of all legal memoranda", page.QuerySelector("#Form_RecordsDescription")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelector("#Form_QuestionsText")!.TextContent.Trim().Split('\n').Length);
        Assert.Equal("2025-01-01", page.QuerySelector("#Form_DateRangeFrom")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Form_ToPresent[checked]"));
        Assert.Contains("web portal", page.QuerySelector(".plan")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.dhs.gov/foia", page.QuerySelector(".plan a")!.GetAttribute("href"));
        var note = page.QuerySelector(".contact-notes")!.TextContent;
        Assert.Contains("foia@hq.dhs.gov", note, StringComparison.Ordinal);
        Assert.Contains("generally no longer accepts FOIA requests by e-mail", note, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:foia@hq.dhs.gov", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552", page.QuerySelector(".letter-text")!.TextContent, StringComparison.Ordinal);
        Assert.False(response.Headers.Age.HasValue); // a page with a form is never served from the output cache
    }

    [Fact]
    public async Task Draft_OfAnActionThatIsNotAFoiaRequest_IsNotFound()
    {
        var response = await _client.GetAsync(new Uri(DraftUrl.Replace("/1/foia", "/2/foia", StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PreviewButton_ShowsTheLetterWithTheRequestersDetails_WithoutJavaScript()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", Requester, "button[formaction*='Preview']");

        var preview = (await HtmlClient.ParseAsync(response)).QuerySelector("#foia-preview .letter-text")!.TextContent;
        Assert.Contains("Ann Example", preview, StringComparison.Ordinal);
        Assert.Contains("Springfield, IL 62701", preview, StringComparison.Ordinal);
        Assert.Contains("U.S. Department of Homeland Security", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePreviewFragment_ReturnsOnlyThePreview()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);
        var fragmentUrl = page.QuerySelector("#foia-form")!.GetAttribute("data-fragment")!;

        var response = await _client.SubmitAsync(fragmentUrl, page, "#foia-form", Requester);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Ann Example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithMissingDetails_ShowsEachProblemNextToItsField_AndKeepsWhatWasTyped()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);
        var before = SavedRequests();

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form",
            new Dictionary<string, string?> { ["Form.FullName"] = "Ann Example", ["Form.Subject"] = "CECOT transfers [topic]" },
            "button[formaction*='Save']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await HtmlClient.ParseAsync(response);
        Assert.NotNull(result.QuerySelector("#error-summary"));
        Assert.Contains("Enter your e-mail address", result.QuerySelector("#Form_Email")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("postal address", result.QuerySelector("#Form_PostalAddress")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector("#Form_Subject")!.ParentElement!.QuerySelector(".field-error[data-code=placeholder]"));
        Assert.Equal("Ann Example", result.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal(before, SavedRequests());
    }

    [Fact]
    public async Task Save_WithALineBreakInTheName_IsRefused()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);
        var changes = Requester;
        changes["Form.FullName"] = "Ann\r\nBcc: victim@elsewhere.test";

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", changes, "button[formaction*='Save']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await HtmlClient.ParseAsync(response);
        Assert.NotNull(result.QuerySelector("#Form_FullName")!.ParentElement!.QuerySelector(".field-error[data-code=line-break-or-control]"));
    }

    [Fact]
    public async Task Save_WhenTheHoneypotIsFilled_StoresNothing()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);
        var before = SavedRequests();
        var changes = Requester;
        changes[page.QuerySelector("#foia-form .honeypot input")!.GetAttribute("name")!] = "http://spam.example";

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", changes, "button[formaction*='Save']");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(before, SavedRequests());
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRejected()
    {
        var response = await _client.PostAsync(new Uri(DraftUrl + "?handler=Save", UriKind.Relative),
            new FormUrlEncodedContent(Requester.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value!))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Save_WithAFilledForm_RedirectsToAPrivatePage_WithThePortalSteps()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", Requester, "button[formaction*='Save']");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/requests/[A-Za-z0-9_-]{43}\\?done=saved$", location);
        var (tracking, request) = await _client.GetPageAsync(location);
        Assert.Equal("no-referrer", tracking.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(tracking.Headers.CacheControl!.NoStore);
        Assert.Contains("bookmark", request.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.dhs.gov/foia", request.QuerySelector(".steps a.button")!.GetAttribute("href"));
        Assert.Null(request.QuerySelector("form[action$='/send']")); // DHS takes no e-mail: nothing to send for you
        Assert.Contains("Ann Example", request.QuerySelector("#letter-copy")!.TextContent, StringComparison.Ordinal);
    }
}
