using System.Net;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// From the details form to one letter per member, over HTTP with real forms: names and titles,
/// every blank filled or asked for, messages that keep what was typed, and honest delivery options
/// when the site knows no office's e-mail address (the default).
/// </summary>
public sealed class CongressLetterPageTests(CongressSite site) : IClassFixture<CongressSite>
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task EachOfAStatesThreeMembers_GetsTheirOwnLetter_WithNothingLeftToFill()
    {
        var (response, page) = await _client.PostDetailsAsync(Seattle);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("Your letters", page.QuerySelector("h1")!.TextContent);
        var how = page.QuerySelector("section.how-letters-reach")!;
        Assert.Contains("publish no e-mail addresses", how.TextContent, StringComparison.Ordinal);
        Assert.True(how.CompareDocumentPosition(page.QuerySelector("article.member-letter")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var letters = page.QuerySelectorAll("article.member-letter");
        Assert.Equal(["To Senator Patty Murray", "To Senator Maria Cantwell", "To Representative Pramila Jayapal"],
            letters.Select(a => a.QuerySelector("h2")!.TextContent));
        Assert.Equal(["Dear Senator Murray,", "Dear Senator Cantwell,", "Dear Representative Jayapal,"],
            letters.Select(a => a.Body().Split('\n')[0]));
        foreach (var letter in letters)
        {
            Assert.Equal("Oversight of DHS deportations to El Salvador's CECOT prison", letter.Subject());
            Assert.DoesNotContain("[", letter.Body(), StringComparison.Ordinal);
            Assert.EndsWith("Sincerely,\nDana Rivera\n4200 Fremont Ave N, Apt 3\nSeattle, WA 98103\ndana@example.org", letter.Body(), StringComparison.Ordinal);
        }

        Assert.Contains("data as of June 15, 2026", page.QuerySelector(".data-as-of")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachLetter_OffersTheChannelsItsOfficeReads_AndNoInventedEmail()
    {
        var page = await _client.LettersAsync(Seattle);

        var murray = page.Letter("Senator Patty Murray");
        var form = murray.QuerySelector("a[data-contact-form]")!;
        Assert.Equal("https://www.murray.senate.gov/write-to-patty/", form.GetAttribute("href"));
        Assert.StartsWith("Open the contact form", form.TextContent, StringComparison.Ordinal);
        Assert.Equal("_blank", form.GetAttribute("target"));
        Assert.Contains("noopener", form.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Equal("tel:+12022242621", murray.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("I'm asking Senator Murray to support committee investigations", murray.QuerySelector(".script")!.TextContent, StringComparison.Ordinal);

        // House members mostly publish no contact-form address: the website is offered, and said to be one.
        var jayapal = page.Letter("Representative Pramila Jayapal");
        Assert.Equal("https://jayapal.house.gov", jayapal.QuerySelector("a[data-contact-form]")!.GetAttribute("href"));
        Assert.StartsWith("Open the website", jayapal.QuerySelector("a[data-contact-form]")!.TextContent, StringComparison.Ordinal);

        Assert.Empty(page.QuerySelectorAll("a[href^='mailto:']"));
        Assert.Null(page.QuerySelector("form[action$='/send'], button[formaction$='/send']"));
        Assert.Contains("Members of Congress publish no e-mail addresses", page.QuerySelector(".why-no-email")!.TextContent, StringComparison.Ordinal);

        // The checklist is plain checkboxes without JavaScript, one set per member.
        Assert.Equal(["form", "call", "mail"], murray.QuerySelectorAll(".checklist input[type=checkbox]").Cast<IHtmlInputElement>().Select(c => c.Value));
        // Copy buttons need JavaScript, so they are hidden until the script shows them.
        Assert.All(page.QuerySelectorAll("button[data-copy]"), b => Assert.True(b.HasAttribute("hidden")));
    }

    [Fact]
    public async Task TheLettersOtherBlanks_AreAskedFor_AndFillTheSubjectAndBody()
    {
        var (page, form) = await _client.DetailsFormAsync($"{LibraryPage}?zip=98103");
        Assert.Equal(["Bill Number", "Your Library Branch"], page.QuerySelectorAll(".extras label").Select(l => l.TextContent));

        var (_, missing) = await _client.SubmitForPageAsync(form, LibraryPage, Dana);
        Assert.Equal("Fill in “Bill Number”: it goes into the letter.", missing.ErrorFor("f-extra-0"));
        Assert.Equal("Fill in “Your Library Branch”: it goes into the letter.", missing.ErrorFor("f-extra-1"));
        Assert.Empty(missing.QuerySelectorAll("article.member-letter"));

        var (_, letters) = await _client.SubmitForPageAsync(form, LibraryPage, [.. Dana, ("extra[0]", "H.R. 1234"), ("extra[1]", "Ballard")]);
        var cantwell = letters.Letter("Senator Maria Cantwell");
        Assert.Equal("Please vote no on H.R. 1234", cantwell.Subject());
        Assert.StartsWith("Dear Senator Cantwell,\n\nI'm writing as a constituent from Seattle who relies on the Ballard library.", cantwell.Body(), StringComparison.Ordinal);
        Assert.Contains("My request: Please vote no on H.R. 1234 and protect federal library grants.", cantwell.Body(), StringComparison.Ordinal);
        Assert.DoesNotContain("[", cantwell.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDetails_GetAMessageEach_AndWhatWasTypedIsKept()
    {
        var (response, page) = await _client.PostDetailsAsync(Seattle, ("street", ""), ("city", " "), ("email", "dana-at-example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article.member-letter"));
        Assert.StartsWith("Enter your street address", page.ErrorFor("f-street"), StringComparison.Ordinal);
        Assert.Equal("Enter your city or town.", page.ErrorFor("f-city"));
        Assert.Equal("'dana-at-example' is not an e-mail address: expected something like name@example.org.", page.ErrorFor("f-email"));
        Assert.Equal(["#f-street", "#f-city", "#f-email"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));

        var form = page.Form("form.details-form");
        Assert.Equal("Dana", ((IHtmlInputElement)form.QuerySelector("[name=firstName]")!).Value);
        Assert.Equal("Rivera", ((IHtmlInputElement)form.QuerySelector("[name=lastName]")!).Value);
        Assert.Equal("dana-at-example", ((IHtmlInputElement)form.QuerySelector("[name=email]")!).Value);
        Assert.Equal("98103", ((IHtmlInputElement)form.QuerySelector("[name=zip]")!).Value);
        Assert.Equal("WA", ((IHtmlSelectElement)form.QuerySelector("[name=state]")!).Value);
        Assert.Equal("WA-7", ((IHtmlInputElement)form.QuerySelector("[name=seat]")!).Value);

        // Correcting only what was wrong is enough.
        var (_, fixedPage) = await _client.SubmitForPageAsync(form, SeedPage, [("street", "4200 Fremont Ave N"), ("city", "Seattle"), ("email", "dana@example.org")]);
        Assert.Equal(3, fixedPage.QuerySelectorAll("article.member-letter").Length);
    }

    [Fact]
    public async Task AnAddressInAnotherState_IsRefused_BecauseOfficesAnswerOnlyTheirConstituents()
    {
        var (_, page) = await _client.PostDetailsAsync(Seattle, ("state", "OR"));

        Assert.StartsWith("Your address is in Oregon, but the members you looked up represent Washington", page.ErrorFor("f-state"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article.member-letter"));
    }

    [Fact]
    public async Task TheNameIsAskedInTwoParts_EachWithItsOwnMessage_AndSignedWhole()
    {
        var (_, page) = await _client.PostDetailsAsync(Seattle, ("firstName", " "), ("lastName", ""));

        Assert.Equal("Enter your first name: offices answer constituents who sign with their name and address.", page.ErrorFor("f-firstName"));
        Assert.Equal("Enter your last name: offices answer constituents who sign with their name and address.", page.ErrorFor("f-lastName"));

        var letters = await _client.LettersAsync(Seattle, ("firstName", "Mary Ann"), ("lastName", "García Márquez"));
        Assert.Contains("Sincerely,\nMary Ann García Márquez\n4200 Fremont Ave N", letters.Letter("Senator Maria Cantwell").Body(), StringComparison.Ordinal);
        Assert.Equal("Mary Ann", letters.QuerySelector("form.change-details input[name=firstName]")!.GetAttribute("value"));
        Assert.Equal("García Márquez", letters.QuerySelector("form.change-details input[name=lastName]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("firstName", "Dana\r\nBcc: victim@elsewhere.test")]
    [InlineData("street", "4200 Fremont Ave N\nApt 3")]
    [InlineData("city", "Seattle\r")]
    [InlineData("email", "dana@example.org\r\nBcc: victim@elsewhere.test")]
    [InlineData("zip", "98103\n")]
    public async Task ALineBreakInAnyField_IsRefused_WithAMessageNextToIt(string field, string value)
    {
        var (_, page) = await _client.PostDetailsAsync(Seattle, (field, value));

        Assert.Contains("on one line: line breaks and other control characters are not allowed", page.ErrorFor($"f-{field}"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article.member-letter"));
    }

    [Fact]
    public async Task ChangeMyDetails_GoesBackToTheForm_WithEverythingKept()
    {
        var letters = await _client.LettersAsync(Seattle);

        var change = letters.Form("form.change-details");
        var (_, page) = await _client.SubmitForPageAsync(change, SeedPage, submitter: (IHtmlButtonElement)change.QuerySelector("button[name=edit]")!);

        var form = page.Form("form.details-form");
        Assert.Empty(page.QuerySelectorAll(".field-error"));
        Assert.Equal("4200 Fremont Ave N, Apt 3", ((IHtmlInputElement)form.QuerySelector("[name=street]")!).Value);
        Assert.Equal("WA-7", ((IHtmlInputElement)form.QuerySelector("[name=seat]")!).Value);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRejected()
    {
        var (_, form) = await _client.DetailsFormAsync(Seattle);

        var response = await _client.SubmitAsync(form, SeedPage, [.. Dana, ("__RequestVerificationToken", null)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ASendWithoutTheAntiforgeryToken_IsRejected()
    {
        var letters = await _client.LettersAsync(Seattle);

        var response = await _client.SubmitAsync(letters.Form("form.change-details"), SeedPage,
            [("__RequestVerificationToken", null)]);
        using var forged = new FormUrlEncodedContent([.. Dana.Select(d => new KeyValuePair<string, string>(d.Name, d.Value!)), new("seat", "WA-7"), new("sendTo", "C000127")]);
        var send = await _client.PostAsync(new Uri($"{SeedPage}/send", UriKind.Relative), forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, send.StatusCode);
    }

    [Theory]
    [InlineData("/letters")]
    [InlineData("/send")]
    public async Task OpeningAPostOnlyAddress_LeadsBackToTheLookup(string step)
    {
        var response = await _client.GetAsync(new Uri(SeedPage + step, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SeedPage, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task APostToTheLookupPage_ChangesNothing_AndLeadsBackToIt()
    {
        var (_, form) = await _client.DetailsFormAsync(Seattle);
        form.SetAttribute("action", SeedPage);

        var response = await _client.SubmitAsync(form, SeedPage, Dana);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(SeedPage, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AVacantSeat_GetsLettersForTheSenatorsOnly()
    {
        var page = await _client.LettersAsync($"{SeedPage}?zip=78001", ("street", "1 Main St"), ("city", "Alice"), ("state", "TX"), ("zip", "78001"));

        Assert.Equal(["Senator John Cornyn", "Senator Ted Cruz"], page.QuerySelectorAll("article.member-letter").Select(a => a.GetAttribute("data-label")));
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("vacant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDelegateOfDc_IsAddressedAsDelegate()
    {
        var page = await _client.LettersAsync($"{SeedPage}?zip=20001", ("street", "1 Main St NW"), ("city", "Washington"), ("state", "DC"), ("zip", "20001"));

        var letter = Assert.Single(page.QuerySelectorAll("article.member-letter"));
        Assert.StartsWith("Dear Delegate Norton,", letter.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignatureZipOutsideTheChosenSeat_IsRefused_WithWhereItIs()
    {
        var (_, page) = await _client.PostDetailsAsync(Seattle, ("zip", "30165"));

        Assert.StartsWith("Error: Your details for the letters", page.Title, StringComparison.Ordinal);
        var error = page.QuerySelector(".error-summary a[href='#f-zip']")!;
        Assert.Contains("ZIP 30165 is in AL-3 or GA-14, not WA-7", error.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article.member-letter"));
    }

    [Fact]
    public async Task AnotherZipOfTheSameSeat_IsTaken() =>
        Assert.Equal("Your letters", (await _client.PostDetailsAsync(Seattle, ("zip", "98107"))).Page.QuerySelector("h1")!.TextContent);

    [Fact]
    public async Task PrintAndMail_GivesAPdfAddressedToTheWashingtonOffice_ReadBackAsText()
    {
        var letters = await _client.LettersAsync(Seattle);
        var cantwell = letters.QuerySelector("article.member-letter[data-member=C000127]")!;
        Assert.Contains("takes weeks to arrive", cantwell.TextContent, StringComparison.Ordinal);

        var response = await _client.PressAsync(cantwell.QuerySelector("button[formaction$='/print']")!, SeedPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var pdf = (await PdfText.ReadAsync(response)).Lines.Select(l => l.Text).ToList();
        string[] lines = ["Dana Rivera", "4200 Fremont Ave N, Apt 3", "Seattle, WA 98103", "The Honorable Maria Cantwell", "511 Hart Senate Office Building",
            "Washington, DC 20510", "Dear Senator Cantwell,"];
        var at = lines.Select(l => pdf.IndexOf(l)).ToList();
        Assert.All(at, i => Assert.True(i >= 0, string.Join(" | ", lines.Zip(at))));
        Assert.Equal(at.Order(), at); // in the order of a paper letter
    }

    [Fact]
    public async Task PrintAndMail_ForAMemberNotAmongTheLetters_IsRefused()
    {
        var letters = await _client.LettersAsync(Seattle);
        var print = letters.QuerySelector("article.member-letter[data-member=C000127] button[formaction$='/print']")!;
        print.SetAttribute("value", "O000174");

        var response = await _client.PressAsync(print, SeedPage);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
