using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.OfficialLetters;

/// <summary>
/// A letter to a state legislator from the fixture brief, over HTTP with real forms: a field per blank and the address,
/// a message per field, the filled letter signed with the address block, mailto only where the brief gives an address,
/// the brief's official finder, the PDF read back as text, and hostile input shown as text.
/// </summary>
public sealed class OfficialLetterPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Slug = "river-district-plans-to-lift-limits-on-farm-runoff";
    private const string Legislator = $"/stories/{Slug}/actions/5/letter";
    private const string Records = $"/stories/{Slug}/actions/2/letter";
    private const string Editor = $"/stories/{Slug}/actions/7/letter";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private static readonly (string Name, string? Value)[] Ana =
    [
        ("name", "Ana Lee"),
        ("street", "12 Mill Road"),
        ("city", "Clearwater"),
        ("state", "OR"),
        ("zip", "97001"),
        ("email", "ana@example.org"),
    ];

    private async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(string url, params (string Name, string? Value)[] changes)
    {
        var (response, page) = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await _client.SubmitForPageAsync(page.Form("form.official-form"), url, [.. Ana.Where(a => !changes.Any(c => c.Name == a.Name)), .. changes]);
    }

    private static string Body(IDocument page) => ((IHtmlTextAreaElement)page.QuerySelector("#letter-body")!).Value;

    private static string? ErrorFor(IDocument page, string id) =>
        page.QuerySelector($"#{id}-error.field-error")?.TextContent.Trim().Replace("Fix:", "", StringComparison.Ordinal).Trim();

    [Fact]
    public async Task ALetterToTheEditor_IsComposedFromItsTemplate_WithoutTalkOfOfficials_AndOpensInTheMailApp()
    {
        var (_, form) = await _client.GetPageAsync(Editor);
        Assert.Contains("This site does not send this letter for you.", form.QuerySelector(".no-lookup")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("officials", form.QuerySelector(".no-lookup")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(form.QuerySelectorAll(".extras input")); // its blanks are the writer's name and town

        var (response, page) = await PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = Body(page);
        Assert.StartsWith("To the editor: the river that runs past Clearwater is cleaner", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Papers print letters", body, StringComparison.Ordinal); // the brief's tips are for the reader
        Assert.StartsWith("mailto:letters@clearwater-courier.example?", page.QuerySelector(".delivery a[href^='mailto:']")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheForm_AsksForEachBlankAndTheAddress_AndSaysThePlainTruthAboutLookingUpOfficials()
    {
        var (response, page) = await _client.GetPageAsync(Legislator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Write this letter", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Bill Number", "State Legislator Name"], page.QuerySelectorAll(".extras label").Select(l => l.TextContent));
        Assert.Equal(["name", "street", "city", "state", "zip", "email"],
            page.QuerySelectorAll(".constituent input, .constituent select").Select(e => e.GetAttribute("name")!));
        Assert.NotNull(page.QuerySelector("textarea[name=personal]"));
        Assert.Contains("after “Dear”", page.QuerySelector("#f-extra-1-hint")!.TextContent, StringComparison.Ordinal);

        var notice = page.QuerySelector(".no-lookup")!;
        Assert.Contains("This site does not look up state or local officials.", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.legislature.example.gov/find", notice.QuerySelector("a[data-finder]")!.GetAttribute("href"));
        Assert.Contains("Add one sentence about why the river matters to you.", page.QuerySelector(".official-form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyDetails_ComeBackWithAMessagePerField_KeepingWhatWasTyped()
    {
        var (response, page) = await PostAsync(Legislator, ("name", ""), ("email", "ana at example"), ("extra[0]", "SB 214"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Enter your name: the letter is signed with it.", ErrorFor(page, "f-name"));
        Assert.Equal("Fill in “State Legislator Name”: it goes into the letter.", ErrorFor(page, "f-extra-1"));
        Assert.Contains("is not an e-mail address", ErrorFor(page, "f-email"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#f-name']"));
        Assert.Equal("SB 214", ((IHtmlInputElement)page.QuerySelector("#f-extra-0")!).Value);
        Assert.Equal("12 Mill Road", ((IHtmlInputElement)page.QuerySelector("#f-street")!).Value);
        Assert.Null(page.QuerySelector("#letter-body"));
    }

    [Fact]
    public async Task TheFilledLetter_IsSignedWithTheAddressBlock_HasNoBlankLeft_AndNoMailtoWithoutAnAddress()
    {
        var (response, page) = await PostAsync(Legislator, ("extra[0]", "SB 214"), ("extra[1]", "Senator Maria Ortiz"), ("personal", "I fish the Clearwater every spring."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("Your letter", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Please co-sponsor the Clean Rivers Act (SB 214)", ((IHtmlInputElement)page.QuerySelector("#letter-subject")!).Value);
        Assert.Equal(
            "Dear Senator Maria Ortiz,\n\nI'm a constituent in Clearwater and I ask you to co-sponsor the Clean Rivers Act.\n\nI fish the Clearwater every spring.\n\n" +
            "Thank you,\nAna Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org",
            Body(page));
        Assert.DoesNotContain("[", Body(page) + page.QuerySelector("#letter-subject")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href^='mailto:']"));
        Assert.Contains("The brief gives no address", page.QuerySelector(".delivery")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.legislature.example.gov/find", page.QuerySelector("a[data-finder]")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("button[data-copy]"), b => Assert.True(b.HasAttribute("hidden"))); // shown by the script
        // The details ride on in the print form: nothing is kept on the server.
        var print = page.Form("form.print-form");
        Assert.Equal("Senator Maria Ortiz", ((IHtmlInputElement)print.QuerySelector("input[name='extra[1]']")!).Value);
    }

    [Fact]
    public async Task ALetterToAnAddressTheBriefGives_OpensInTheEmailApp()
    {
        var (_, page) = await PostAsync(Records, ("extra[0]", "January 1, 2021"));

        var mailto = page.QuerySelector("a[href^='mailto:records@clearwater-district.org?subject=']")!.GetAttribute("href")!;
        Assert.Contains("&body=I%20request%20copies", mailto, StringComparison.Ordinal);
        Assert.Contains("Please send them to ana@example.org.", Body(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[data-finder]")); // this brief names no finder
        Assert.Contains("does not look up state or local officials", page.QuerySelector(".no-lookup")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_GivesAPdf_ThatReadsBackAsTheLetter()
    {
        var (_, page) = await PostAsync(Legislator, ("extra[0]", "SB 214"), ("extra[1]", "Senator Maria Ortiz"));

        var response = await _client.SubmitAsync(page.Form("form.print-form"), Legislator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var pdf = (await PdfText.ReadAsync(response)).Lines.Select(l => l.Text).ToList();
        string[] lines = ["Subject: Please co-sponsor the Clean Rivers Act (SB 214)", "Dear Senator Maria Ortiz,", "Thank you,", "Ana Lee", "12 Mill Road",
            "Clearwater, OR 97001", "ana@example.org"];
        var at = lines.Select(l => pdf.IndexOf(l)).ToList();
        Assert.All(at, i => Assert.True(i > 0, string.Join(" | ", lines.Zip(at))));
        Assert.Matches(@"^[A-Z][a-z]+ \d{1,2}, \d{4} Page 1 of 1$", pdf[^1]); // the letter's date and its page in the footer
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public async Task Print_WithABlankLeft_ShowsTheFormWithTheMessage_NotAPdf()
    {
        var (_, page) = await PostAsync(Legislator, ("extra[0]", "SB 214"), ("extra[1]", "Senator Maria Ortiz"));

        var (response, answer) = await _client.SubmitForPageAsync(page.Form("form.print-form"), Legislator, [("extra[1]", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Fill in “State Legislator Name”: it goes into the letter.", ErrorFor(answer, "f-extra-1"));
    }

    [Fact]
    public async Task HostileInput_IsShownAsText_AndABracketedBlankIsRefused()
    {
        const string script = "<script>alert('x')</script>";
        const string image = "\"><img src=x onerror=alert(1)>";
        var (response, page) = await PostAsync(Legislator, ("extra[0]", image), ("extra[1]", "Senator Ortiz"), ("name", script), ("personal", script));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"Dear Senator Ortiz,", Body(page), StringComparison.Ordinal);
        Assert.StartsWith(script, Body(page).Split("Thank you,\n")[1], StringComparison.Ordinal);
        Assert.Equal($"Please co-sponsor the Clean Rivers Act ({image})", ((IHtmlInputElement)page.QuerySelector("#letter-subject")!).Value);
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));

        var (_, refused) = await PostAsync(Legislator, ("extra[0]", "SB 214"), ("extra[1]", "[State Legislator Name]"));
        Assert.StartsWith("Write “State Legislator Name” itself, without [square brackets]", ErrorFor(refused, "f-extra-1"), StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("#letter-body"));
    }

    [Fact]
    public async Task AnActionThatIsNoLetterToAnOfficial_HasNoSuchPage()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/stories/{Slug}/actions/1/letter", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/stories/{Slug}/actions/9/letter", UriKind.Relative))).StatusCode);
    }
}
