using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Congress.Lookup;

/// <summary>
/// Finding one's members of Congress on the "Write to Congress" page, over HTTP, against the
/// real legislators and ZIP data: one district, several, a state line, at-large seats, DC, a
/// vacant seat, and bad input answered next to its field.
/// </summary>
public sealed class CongressLookupPageTests(CongressSite site) : IClassFixture<CongressSite>
{
    public const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    public const string Page = $"/stories/{SeedSlug}/actions/2/congress";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    public static List<string> Members(IDocument page) => page.QuerySelectorAll(".member h3").Select(h => h.TextContent.Trim()).ToList();

    private static IElement Card(IDocument page, string name) =>
        page.QuerySelectorAll(".member").Single(m => m.QuerySelector("h3")!.TextContent.Trim() == name);

    private async Task<IDocument> Get(string url)
    {
        var (response, page) = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [Fact]
    public async Task AZipInOneDistrict_ShowsBothSenatorsAndTheRepresentative_WithEveryWayToReachThem()
    {
        var page = await Get($"{Page}?zip=98103");

        Assert.Equal(["Senator Patty Murray", "Senator Maria Cantwell", "Representative Pramila Jayapal"], Members(page));
        Assert.Contains("ZIP 98103 is in Washington's 7th district", page.QuerySelector(".found")!.TextContent, StringComparison.Ordinal);

        var cantwell = Card(page, "Senator Maria Cantwell");
        Assert.Equal("Democrat · U.S. Senate · Junior senator for Washington", cantwell.QuerySelector(".member-meta")!.TextContent);
        Assert.Equal("tel:+12022243441", cantwell.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("511 Hart Senate Office Building", cantwell.TextContent, StringComparison.Ordinal);
        var links = cantwell.QuerySelectorAll(".member-contacts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://www.cantwell.senate.gov", links);
        Assert.Contains("https://www.cantwell.senate.gov/public/index.cfm/email-maria", links);
        Assert.Equal("District offices (6)", cantwell.QuerySelector(".offices summary")!.TextContent);
        Assert.Contains("915 Second Ave., Suite 3206, Seattle, WA 98174", cantwell.QuerySelector(".offices")!.TextContent, StringComparison.Ordinal);

        var jayapal = Card(page, "Representative Pramila Jayapal");
        Assert.Contains("Representative for Washington's 7th district", jayapal.QuerySelector(".member-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("none known: use the contact page on the member's website", jayapal.TextContent, StringComparison.Ordinal);

        var asOf = page.QuerySelector(".data-as-of")!;
        Assert.Equal(["2026-06-15", "2024-11-12"], asOf.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("data as of June 15, 2026", asOf.TextContent, StringComparison.Ordinal);
        Assert.Contains("congress-legislators", asOf.TextContent, StringComparison.Ordinal);

        var form = page.Form("form.details-form");
        Assert.Equal("post", form.Method, ignoreCase: true);
        Assert.Equal("WA-7", (form.QuerySelector("input[name=seat]") as IHtmlInputElement)!.Value);
        Assert.Equal("WA", (form.QuerySelector("select[name=state]") as IHtmlSelectElement)!.Value);
        Assert.Equal("98103", (form.QuerySelector("input[name=zip]") as IHtmlInputElement)!.Value);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task AZipPlusFour_FindsTheSameMembers_AndKeepsTheExtension()
    {
        var page = await Get($"{Page}?zip=98103-1234");

        Assert.Equal(["Senator Patty Murray", "Senator Maria Cantwell", "Representative Pramila Jayapal"], Members(page));
        Assert.Equal("98103-1234", (page.QuerySelector("form.details-form input[name=zip]") as IHtmlInputElement)!.Value);
    }

    [Fact]
    public async Task AZipInSixDistricts_ListsEveryCandidate_PicksNone_AndInsistsOnAChoice()
    {
        var page = await Get($"{Page}?zip=91711");

        var radios = page.QuerySelectorAll("input[type=radio][name=seat]").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(["CA-27", "CA-28", "CA-29", "CA-30", "CA-31", "CA-35"], radios.Select(r => r.Value));
        Assert.All(radios, r => Assert.False(r.IsChecked));
        Assert.Empty(Members(page));
        Assert.Null(page.QuerySelector("form.details-form"));
        Assert.Contains("touches 6 districts", page.QuerySelector("#f-seat-hint")!.TextContent, StringComparison.Ordinal);

        var (_, unchosen) = await _client.SubmitForPageAsync(page.Form("section.candidates form"), Page);
        Assert.Contains("Choose the district you live in", unchosen.QuerySelector("#f-seat-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#f-seat", unchosen.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(6, unchosen.QuerySelectorAll("input[type=radio][name=seat]").Length);
        Assert.Empty(Members(unchosen));

        var (_, chosen) = await _client.SubmitForPageAsync(page.Form("section.candidates form"), Page, [("seat", "CA-31")]);
        var members = Members(chosen);
        Assert.Equal(3, members.Count);
        Assert.StartsWith("Representative ", members[2], StringComparison.Ordinal);
        Assert.Equal("CA-31", (chosen.QuerySelector("form.details-form input[name=seat]") as IHtmlInputElement)!.Value);
        Assert.Equal("91711", (chosen.QuerySelector("form.details-form input[name=zip]") as IHtmlInputElement)!.Value);
    }

    [Fact]
    public async Task AZipCrossingAStateLine_IsMatchedOnStateAndDistrictTogether()
    {
        var page = await Get($"{Page}?zip=30165");

        Assert.Equal(["AL-3", "GA-14"], page.QuerySelectorAll("input[name=seat]").Cast<IHtmlInputElement>().Select(r => r.Value));
        Assert.Contains("crosses a state line", page.QuerySelector("#f-seat-hint")!.TextContent, StringComparison.Ordinal);

        var (_, georgia) = await _client.SubmitForPageAsync(page.Form("section.candidates form"), Page, [("seat", "GA-14")]);
        Assert.Equal(["Senator Jon Ossoff", "Senator Raphael G. Warnock"], Members(georgia).Take(2));
        Assert.Contains("Fuller", Members(georgia)[2], StringComparison.Ordinal);
        Assert.Equal("GA", (georgia.QuerySelector("form.details-form select[name=state]") as IHtmlSelectElement)!.Value);

        var (_, alabama) = await _client.SubmitForPageAsync(page.Form("section.candidates form"), Page, [("seat", "AL-3")]);
        Assert.Equal(["Tuberville", "Britt", "Rogers"], Members(alabama).Select(n => n.Split(' ')[^1]));
    }

    [Fact]
    public async Task AnAtLargeState_HasOneRepresentativeForTheWholeState()
    {
        var byZip = await Get($"{Page}?zip=05401");
        var bySeat = await Get($"{Page}?state=VT&district=0");
        var byWords = await Get($"{Page}?state=Vermont&district=at-large");

        Assert.Equal(["Senator Bernard Sanders", "Senator Peter Welch", "Representative Becca Balint"], Members(byZip));
        Assert.Equal(Members(byZip), Members(bySeat));
        Assert.Equal(Members(byZip), Members(byWords));
        Assert.Contains("Vermont at-large seat", byZip.QuerySelector(".found")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("VT-0", (bySeat.QuerySelector("form.details-form input[name=seat]") as IHtmlInputElement)!.Value);

        var wrong = await Get($"{Page}?state=VT&district=1");
        Assert.Contains("Vermont has a single at-large seat: choose district 0", wrong.QuerySelector("#f-district-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Members(wrong));
    }

    [Theory]
    [InlineData("zip=20001")]
    [InlineData("state=DC&district=0")]
    public async Task TheDistrictOfColumbia_HasADelegate_AndNoSenators_AndSaysSo(string query)
    {
        var page = await Get($"{Page}?{query}");

        Assert.Equal(["Delegate Eleanor Holmes Norton"], Members(page));
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("District of Columbia has no senators", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PuertoRico_HasAResidentCommissioner()
    {
        var page = await Get($"{Page}?state=PR&district=0");

        var name = Assert.Single(Members(page));
        Assert.StartsWith("Resident Commissioner Pablo José Hernández", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVacantSeat_SaysSo_AndOnlyTheSenatorsAreListed()
    {
        var page = await Get($"{Page}?zip=78001");

        Assert.Equal(["Senator John Cornyn", "Senator Ted Cruz"], Members(page));
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("The seat of TX-23 is vacant", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("form.details-form"));
    }

    [Theory]
    [InlineData("abcde", "'abcde' is not a ZIP code")]
    [InlineData("9810", "'9810' has 4 digits; a ZIP code has 5")]
    [InlineData("20500", "ZIP 20500 is not in the ZIP-to-district table")]
    public async Task ABadZip_IsAnsweredNextToTheField_AndKeptForCorrection(string zip, string message)
    {
        var page = await Get($"{Page}?zip={zip}");

        var input = (IHtmlInputElement)page.QuerySelector("#f-zip")!;
        Assert.Equal(zip, input.Value);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("f-zip-error", input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains(message, page.QuerySelector("#f-zip-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(input.ParentElement, page.QuerySelector("#f-zip-error")!.ParentElement);
        Assert.Equal("#f-zip", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Empty(Members(page));
    }

    [Theory]
    [InlineData("state=ZZ&district=1", "f-state", "'ZZ' is not a US state")]
    [InlineData("state=WA&district=12", "f-district", "Washington has no district 12: its districts are 1 to 10.")]
    [InlineData("state=WA&district=seven", "f-district", "'seven' is not a district number")]
    [InlineData("state=&district=3", "f-state", "Choose a state")]
    public async Task ABadStateOrDistrict_IsAnsweredNextToThatField(string query, string field, string message)
    {
        var page = await Get($"{Page}?{query}");

        Assert.Contains(message, page.QuerySelector($"#{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Empty(Members(page));
    }

    [Theory]
    [InlineData($"/stories/{SeedSlug}/actions/1/congress")] // a FOIA request
    [InlineData("/stories/house-to-vote-on-cutting-federal-library-grants/actions/2/congress")] // a letter to the state librarian
    [InlineData($"/stories/{SeedSlug}/actions/9/congress")]
    [InlineData("/stories/no-such-story/actions/2/congress")]
    public async Task OnlyLettersToMembersOfCongress_HaveThesePages(string url)
    {
        var (response, _) = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheStorysCallToAct_LeadsHere()
    {
        var action = await Get($"/stories/{SeedSlug}/actions/2");
        Assert.Equal(Page, action.QuerySelector(".call-to-act a")!.GetAttribute("href"));

        var start = await Get(Page);
        Assert.Equal("Write to your members of Congress", start.QuerySelector("h1")!.TextContent);
        Assert.NotNull(start.QuerySelector("form.lookup-form input[name=zip]"));
        Assert.NotNull(start.QuerySelector("form.lookup-form select[name=state]"));
        Assert.Equal($"{Page}?typed=true", start.QuerySelector(".alternative a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task APageWithTheDetailsForm_IsNeitherCachedNorShared()
    {
        var (response, _) = await _client.GetPageAsync($"{Page}?zip=98103");

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
    }
}
