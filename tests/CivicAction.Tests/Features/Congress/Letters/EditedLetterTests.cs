using System.Net;
using AngleSharp.Dom;
using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// The letter is the person's: each member's subject and text can be changed on the letters page, and what the box says
/// is what is held to send, printed and shown again; the other letters, and later changes to the details, are not mixed
/// into it; an edit that cannot go (a blank left, empty) is refused next to its box and nothing leaves.
/// </summary>
public sealed class EditedLetterTests : IAsyncLifetime
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private const string Mine = "Dear Senator Cantwell,\n\nI rewrote this letter in my own words: please ask DHS where the men sent to CECOT are.\n\nDana Rivera";
    private readonly SendingCongressSite _send = new();

    private HttpClient Client => _send.Client;

    public Task InitializeAsync() => _send.InitializeAsync();

    public Task DisposeAsync() => _send.DisposeAsync();

    private static (string, string?)[] Edit(string? subject, string? body) =>
        [("edits[C000127].subject", subject), ("edits[C000127].body", body)];

    private static IElement Button(IDocument page, string member, string text) =>
        page.QuerySelectorAll($"article.member-letter[data-member={member}] button").Single(b => b.TextContent.StartsWith(text, StringComparison.Ordinal));

    private async Task<IDocument> KeepAsync(string? subject, string? body)
    {
        var letters = await Client.LettersAsync(Seattle);
        var (response, page) = await Client.PressForPageAsync(Button(letters, "C000127", "Keep my changes"), SeedPage, Edit(subject, body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [Fact]
    public async Task KeepMyChanges_ShowsTheEditedLetter_AndTheOtherLettersAsDrafted()
    {
        var page = await KeepAsync("CECOT: my question", Mine + "\r\n\r\n");

        var cantwell = page.Letter("Senator Maria Cantwell");
        Assert.Equal(Mine, cantwell.Body()); // line ends made one kind, blank end dropped
        Assert.Equal("CECOT: my question", cantwell.Subject());
        Assert.NotNull(cantwell.QuerySelector(".edited-note"));
        Assert.StartsWith("Dear Senator Murray,", page.Letter("Senator Patty Murray").Body(), StringComparison.Ordinal);
        Assert.Null(page.Letter("Senator Patty Murray").QuerySelector(".edited-note"));

        // Every other form carries the edit, so the next press anywhere keeps it.
        foreach (var form in page.QuerySelectorAll("form").Where(f => f.Id != "letter-form-C000127" && f.QuerySelector("input[name=zip]") is not null))
        {
            Assert.Equal(Mine, form.QuerySelector("input[type=hidden][name='edits[C000127].body']")?.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task TheEditedLetter_IsTheOneHeldToSend()
    {
        var page = await KeepAsync("CECOT: my question", Mine);

        var response = await Client.PressAsync(Button(page, "C000127", "Send it for me"), SeedPage);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        using var connection = _send.Site.Services.GetRequiredService<IDatabase>().Open();
        var (subject, body) = connection.QuerySingle<(string, string)>("SELECT subject, body FROM outbox_messages WHERE purpose = 'congress'");
        Assert.Equal("CECOT: my question", subject);
        Assert.Equal(Mine, body);
    }

    [Fact]
    public async Task TheEditedLetter_IsTheOnePrinted()
    {
        var page = await KeepAsync(null, Mine);

        var response = await Client.PressAsync(Button(page, "C000127", "Download the letter to print"), SeedPage);

        var pdf = (await PdfText.ReadAsync(response)).Text;
        Assert.Contains("\nI rewrote this letter in my own words", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you for upholding", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintOrSendStraightFromTheBox_TakesWhatTheBoxSays()
    {
        var letters = await Client.LettersAsync(Seattle);

        var response = await Client.PressAsync(Button(letters, "C000127", "Send it for me"), SeedPage, Edit(null, Mine));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(1, _send.Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress' AND body LIKE '%in my own words%'"));
    }

    [Theory]
    [InlineData("Dear Senator Cantwell,\n\nI live in [Your Town].", "Replace the blank [Your Town] in the letter")]
    [InlineData("  \n ", "The letter is empty")]
    public async Task AnEditThatCannotGo_IsRefusedByItsBox_AndNothingIsHeldOrPrinted(string body, string message)
    {
        var letters = await Client.LettersAsync(Seattle);

        var (sent, sendPage) = await Client.PressForPageAsync(Button(letters, "C000127", "Send it for me"), SeedPage, Edit(null, body));
        var (printed, printPage) = await Client.PressForPageAsync(Button(letters, "C000127", "Download the letter to print"), SeedPage, Edit(null, body));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.StartsWith(message, sendPage.ErrorFor("f-edits-C000127-body"), StringComparison.Ordinal);
        Assert.StartsWith("Error:", sendPage.Title, StringComparison.Ordinal);
        Assert.NotNull(sendPage.QuerySelector("[data-error-summary] a[href='#f-edits-C000127-body']"));
        Assert.Equal(0, _send.Count("SELECT COUNT(*) FROM outbox_messages"));
        Assert.Equal("text/html", printed.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(message, printPage.ErrorFor("f-edits-C000127-body"), StringComparison.Ordinal);
        if (body.Trim().Length > 0)
        {
            Assert.Equal(body, sendPage.Letter("Senator Maria Cantwell").Body()); // what was typed is kept
        }
    }

    [Fact]
    public async Task StartAgainFromTheTemplate_DropsTheEdit()
    {
        var page = await KeepAsync(null, Mine);

        var (_, again) = await Client.PressForPageAsync(Button(page, "C000127", "Start again from the template"), SeedPage);

        Assert.StartsWith("Dear Senator Cantwell,\n\nI am your constituent", again.Letter("Senator Maria Cantwell").Body(), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("input[type=hidden][name='edits[C000127].body']"));
    }

    [Fact]
    public async Task ChangingTheDetails_KeepsTheEdit_AndStillReachesTheLettersLeftAsDrafted()
    {
        var page = await KeepAsync(null, Mine);
        var (_, form) = await Client.PressForPageAsync(page.QuerySelector("form.change-details button")!, SeedPage);
        Assert.NotNull(form.QuerySelector("form.details-form input[type=hidden][name='edits[C000127].body']"));
        Assert.Contains("your version is kept", form.QuerySelector("form.details-form .notice")!.TextContent, StringComparison.Ordinal);

        var (_, letters) = await Client.SubmitForPageAsync(form.Form("form.details-form"), SeedPage, [("firstName", "Dana R.")]);

        Assert.Equal(Mine, letters.Letter("Senator Maria Cantwell").Body());
        Assert.Contains("Dana R. Rivera", letters.Letter("Senator Patty Murray").Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABoxSentBackAsDrafted_IsNoEdit()
    {
        var letters = await Client.LettersAsync(Seattle);

        var (_, page) = await Client.PressForPageAsync(Button(letters, "C000127", "Keep my changes"), SeedPage);

        Assert.Null(page.QuerySelector(".edited-note"));
        Assert.Null(page.QuerySelector("input[type=hidden][name='edits[C000127].body']"));
    }

    [Fact]
    public async Task AnEditOfAMemberNotAmongTheLetters_IsDropped()
    {
        var letters = await Client.LettersAsync(Seattle);

        var (_, page) = await Client.PressForPageAsync(Button(letters, "C000127", "Keep my changes"), SeedPage,
            [("edits[O000174].body", "<script>alert(1)</script>")]);

        Assert.Null(page.QuerySelector("input[name='edits[O000174].body']"));
        Assert.DoesNotContain("<script>alert(1)", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_IsShownEscaped()
    {
        var page = await KeepAsync("\"><script>alert(1)</script>", "Dear Senator,\n</textarea><script>alert(2)</script>");

        Assert.DoesNotContain(page.QuerySelectorAll("script:not([src])"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Equal("Dear Senator,\n</textarea><script>alert(2)</script>", page.Letter("Senator Maria Cantwell").Body());
    }
}
