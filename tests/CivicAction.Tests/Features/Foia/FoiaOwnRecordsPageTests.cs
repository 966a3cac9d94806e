using System.Net;
using CivicAction.Core.Letters.Foia;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Foia;

/// <summary>A site whose one brief asks readers to request their own FBI file.</summary>
public sealed class OwnRecordsSite() : AppFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "own-records"));

/// <summary>
/// Drafting a request for one's own FBI file over HTTP: the FBI inherits DOJ's own expedited grounds (28 CFR
/// 16.5(e)(1)(iii)-(iv)), and records about the requester bring in the Privacy Act and identity verification.
/// </summary>
public sealed class FoiaOwnRecordsPageTests(OwnRecordsSite site) : IClassFixture<OwnRecordsSite>
{
    private const string DraftUrl = "/stories/fbi-watchlist-errors-keep-travelers-off-flights-audit-finds/actions/1/foia";
    private static readonly Agency Fbi = AgencyDirectory.Default.Get("FBI")!;
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private static Dictionary<string, string?> Requester(string ground) => new(FoiaDraftPageTests.Requester)
    {
        ["Form.OwnRecords"] = "true",
        ["Form.DateOfBirth"] = "1988-04-02",
        ["Form.PlaceOfBirth"] = "Austin, Texas",
        ["Form.IdentityDeclared"] = "true",
        ["Form.ExpeditedRequested"] = "true",
        ["Form.ExpeditedGround"] = "AgencyRule",
        ["Form.ExpeditedAgencyGround"] = ground,
        ["Form.ExpeditedJustification"] = "My hearing on my travel redress complaint is on February 2, 2027.",
        ["Form.ExpeditedCertified"] = "true",
    };

    [Fact]
    public async Task TheForm_OffersTheAgencysOwnGrounds_WithTheirSource_AndTheOwnRecordsChoice()
    {
        var (response, page) = await _client.GetPageAsync(DraftUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("input[name='Form.ExpeditedGround'][value='AgencyRule']"));
        var options = page.QuerySelectorAll("#Form_ExpeditedAgencyGround option").Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0).ToList();
        Assert.Equal(Fbi.ExpeditedGrounds, options);
        Assert.Contains("28 CFR 16.5(e)(1)", page.QuerySelector("#Form_ExpeditedAgencyGround")!.ParentElement!.QuerySelector(".source")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Form_OwnRecords"));
    }

    [Fact]
    public async Task ADescriptionOfTheRequestersOwnFile_SuggestsTheChoice_NextToIt()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", FoiaDraftPageTests.Requester, "button[formaction*='Preview']");

        var result = await HtmlClient.ParseAsync(response);
        var suggestion = result.QuerySelectorAll(".field-check").Single(p => p.GetAttribute("data-code") == FoiaCheckCodes.OwnRecordsSuggested);
        Assert.Same(result.QuerySelector("#Form_OwnRecords")!.ParentElement!.ParentElement, suggestion.ParentElement);
        Assert.Contains("about me", suggestion.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_QuotesTheChosenGround_AndSwearsToTheRequestersIdentity()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", Requester(Fbi.ExpeditedGrounds[0]), "button[formaction*='Preview']");

        var result = await HtmlClient.ParseAsync(response);
        var letter = result.QuerySelector("#foia-preview .letter-text")!.TextContent;
        Assert.Contains("\u201CThe loss of substantial due process rights\u201D", letter, StringComparison.Ordinal);
        Assert.Contains("Privacy Act of 1974", letter, StringComparison.Ordinal);
        Assert.Contains("I was born on April 2, 1988 in Austin, Texas.", letter, StringComparison.Ordinal);
        Assert.Contains("I declare under penalty of perjury", letter, StringComparison.Ordinal);
        Assert.Empty(result.QuerySelectorAll(".field-check.field-error[data-code]").Select(p => p.GetAttribute("data-code") + ": " + p.TextContent));
    }

    [Fact]
    public async Task ATamperedGround_IsRefusedNextToTheChoice_AndStaysOutOfTheLetter()
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);

        var response = await _client.SubmitAsync(DraftUrl, page, "#foia-form", Requester("<b>Any ground I like</b>"), "button[formaction*='Preview']");

        var result = await HtmlClient.ParseAsync(response);
        var refusal = result.QuerySelectorAll(".field-check.field-error").Single(p => p.GetAttribute("data-code") == FoiaCheckCodes.ExpeditedAgencyGroundUnknown);
        Assert.Same(result.QuerySelector("#Form_ExpeditedAgencyGround")!.ParentElement, refusal.ParentElement);
        Assert.DoesNotContain("Any ground I like", result.QuerySelector("#foia-preview .letter-text")!.TextContent, StringComparison.Ordinal);
    }
}
