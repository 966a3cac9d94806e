using System.Net;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Foia;

public sealed class FoiaAppealPageOnSqliteTests(DeliverySite site) : FoiaAppealPageTests(site), IClassFixture<DeliverySite>;

public sealed class FoiaAppealPageOnPostgresTests(PostgresDeliverySite site) : FoiaAppealPageTests(site), IClassFixture<PostgresDeliverySite>;

/// <summary>
/// The answer form records what the agency said (its exemptions, its refusals of fees or speed); the appeal page gives
/// one letter per ground, each beside the original request, and each as its own download; on each database.
/// </summary>
public abstract class FoiaAppealPageTests(DeliverySite site)
{
    private const string DhsDraft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>A DHS request asking for a fee waiver (both prongs covered), sent through the portal on February 2, 2026.</summary>
    private async Task<string> SentRequestAsync()
    {
        var (_, page) = await _client.GetPageAsync(DhsDraft);
        var changes = FoiaDraftPageTests.Requester;
        changes["Form.DateRangeFrom"] = "2024-01-01";
        changes["Form.ToPresent"] = "true";
        changes["Form.FeeWaiverRequested"] = "true";
        changes["Form.FeeWaiverJustification"] = "The records show how ICE runs transfers to CECOT. I will publish them on my website for the public, and I will not make money from them.";
        var saved = await _client.SubmitAsync(DhsDraft, page, "#foia-form", changes, "button[formaction*='Save']");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var url = saved.Headers.Location!.ToString().Split('?')[0];
        Assert.Equal(HttpStatusCode.SeeOther, (await AnswerAsync(url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "portal" })).StatusCode);
        return url;
    }

    /// <summary>Posts one of the page's record forms, ticking <paramref name="ticked"/> boxes first, as a person would.</summary>
    private async Task<HttpResponseMessage> AnswerAsync(string url, string handler, Dictionary<string, string?> values, params string[] ticked)
    {
        var (_, page) = await _client.GetPageAsync(url);
        var form = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        form.Id = "target";
        foreach (var id in ticked)
        {
            ((IHtmlInputElement)page.GetElementById(id)!).IsChecked = true;
        }

        return await _client.SubmitAsync(url, page, "#target", values);
    }

    private static readonly Dictionary<string, string?> PartlyDenied = new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "PartlyDenied" };

    [Fact]
    public async Task TwoExemptionsAndARefusedFeeWaiver_GiveThreeLetters_EachBesideTheRequest_AndEachAsAFile()
    {
        var url = await SentRequestAsync();

        var answered = await AnswerAsync(url, "Answered", PartlyDenied, "ans-b7c", "ans-b5", "ans-fee-waiver");

        Assert.Equal(HttpStatusCode.SeeOther, answered.StatusCode);
        var (_, request) = await _client.GetPageAsync(url);
        Assert.Contains("appealed on 3 grounds", request.QuerySelector(".appeal-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(request.QuerySelector($"#letters a[href='{url}/appeal']"));
        Assert.True(((IHtmlInputElement)request.GetElementById("ans-b5")!).IsChecked); // the form shows what was recorded
        Assert.False(((IHtmlInputElement)request.GetElementById("ans-b6")!).IsChecked);

        var (response, appeal) = await _client.GetPageAsync(url + "/appeal");
        Assert.True(response.Headers.CacheControl?.NoStore);
        var sections = appeal.QuerySelectorAll("section.appeal");
        Assert.Equal(["appeal-withholding-b5", "appeal-withholding-b7c", "appeal-fee-waiver"], sections.Select(s => s.Id));
        var letter = await _client.GetStringAsync(new Uri(url + "/letter.txt", UriKind.Relative));
        foreach (var section in sections)
        {
            // Beside, not above: the request and the appeal are the two columns of one grid.
            var columns = section.QuerySelectorAll(".side-by-side > .side-by-side-column");
            Assert.Equal(2, columns.Length);
            Assert.Equal(letter, columns[0].QuerySelector("pre")!.TextContent);
            Assert.StartsWith("Freedom of Information Act Appeal", columns[1].QuerySelector("pre")!.TextContent.Split("\n\n")[2]["Subject: ".Length..], StringComparison.Ordinal);
        }

        var b5 = await _client.GetStringAsync(new Uri(url + "/appeal/withholding-b5.txt", UriKind.Relative));
        Assert.Contains("Exemption 5, 5 U.S.C. § 552(b)(5)", b5, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(8)(A)(i)", b5, StringComparison.Ordinal);
        Assert.Contains("I appeal the partial denial dated March 2, 2026", b5, StringComparison.Ordinal);
        Assert.Contains("compiled for law enforcement purposes", await _client.GetStringAsync(new Uri(url + "/appeal/withholding-b7c.txt", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("I will not make money from them.", await _client.GetStringAsync(new Uri(url + "/appeal/fee-waiver.txt", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(url + "/appeal/withholding-b6.txt", UriKind.Relative))).StatusCode);
        Assert.Equal(b5, await _client.GetStringAsync(new Uri(url + "/appeal.txt", UriKind.Relative))); // the old address: the first letter
    }

    [Fact]
    public async Task TheDeadline_ShowsWithItsRule_AndTheOfficeFromTheDirectory_6Cfr58a1()
    {
        var url = await SentRequestAsync();
        await AnswerAsync(url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "Denied" });

        var (_, appeal) = await _client.GetPageAsync(url + "/appeal");

        var deadline = appeal.QuerySelector("#deadline")!;
        // 90 working days after Monday, March 2, 2026, skipping Memorial Day (May 25), Juneteenth (Friday, June 19) and
        // Independence Day (a Saturday, observed Friday, July 3): Thursday, July 9.
        Assert.Equal("2026-07-09", deadline.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("That is 90 working days after the answer of March 2, 2026", deadline.TextContent, StringComparison.Ordinal);
        Assert.Contains("FOIA Appeals Officer", deadline.QuerySelector(".appeal-office")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("appeal-withholding", appeal.QuerySelector("section.appeal")!.Id);
    }

    [Fact]
    public async Task ExemptionsTickedForAnAnswerThatWithheldNothing_AreRefused_WithTheReason_AndNothingIsSaved()
    {
        var url = await SentRequestAsync();

        var response = await AnswerAsync(url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "Granted" }, "ans-b6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains("Exemptions are cited only when the agency withheld records", page.QuerySelector(".error-summary-inline")!.TextContent, StringComparison.Ordinal);
        // Sent in February and unanswered, so what the appeal page offers is the appeal for no answer in time, nothing else.
        var (_, appeal) = await _client.GetPageAsync(url + "/appeal");
        Assert.Equal(["appeal-no-response"], appeal.QuerySelectorAll("section.appeal").Select(s => s.Id));
        var (_, after) = await _client.GetPageAsync(url);
        Assert.DoesNotContain(after.QuerySelectorAll(".timeline li.done"), li => li.TextContent.Contains("Answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordingTheAnswerAgain_ReplacesIt_SoAnUntickedExemptionIsForgotten()
    {
        var url = await SentRequestAsync();
        await AnswerAsync(url, "Answered", PartlyDenied, "ans-b5", "ans-b6");

        await AnswerAsync(url, "Answered", PartlyDenied.Concat([new("Input.Exemptions", "B6")]).ToDictionary());

        var (_, appeal) = await _client.GetPageAsync(url + "/appeal");
        Assert.Equal(["appeal-withholding-b6"], appeal.QuerySelectorAll("section.appeal").Select(s => s.Id));
    }

    [Fact]
    public async Task NothingToAppeal_OrAnUnknownAddress_IsNotFound()
    {
        var (_, page) = await _client.GetPageAsync(DhsDraft);
        var saved = await _client.SubmitAsync(DhsDraft, page, "#foia-form", FoiaDraftPageTests.Requester, "button[formaction*='Save']");
        var url = saved.Headers.Location!.ToString().Split('?')[0];

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(url + "/appeal", UriKind.Relative))).StatusCode); // not even sent yet
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/requests/" + new string('A', 43) + "/appeal", UriKind.Relative))).StatusCode);
    }
}
