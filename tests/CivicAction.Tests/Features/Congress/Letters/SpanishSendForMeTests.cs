using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// "Send for me" asked from Spanish pages: the private page and the confirmation page read in Spanish, and the
/// confirmation e-mail is written in Spanish, the language the person used when asking; the letter itself stays English.
/// </summary>
public sealed partial class SpanishSendForMeTests : IAsyncLifetime
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private readonly SendingCongressSite _send = new();

    public async Task InitializeAsync()
    {
        await _send.InitializeAsync();
        _send.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US,es;q=0.9");
    }

    public Task DisposeAsync() => _send.DisposeAsync();

    [Fact]
    public async Task AskedInSpanish_TheConfirmationMailAndThePrivatePages_AreInSpanish_TheLetterInEnglish()
    {
        var client = _send.Client;
        var letters = await client.LettersAsync(Seattle);
        var asked = await client.SubmitAsync(letters.Form("section.send-for-me form"), SeedPage, [("sendTo", "C000127")]);
        Assert.Equal(HttpStatusCode.SeeOther, asked.StatusCode);
        var privatePage = asked.Headers.Location!.OriginalString;

        var mail = await _send.Sink.WaitForAsync(m => m.Message.To.Mailboxes.Any(b => b.Address == "dana@example.org"));
        Assert.Equal("Confirme, por favor: enviar su carta para Senador/a Maria Cantwell", mail.Message.Subject);
        var body = mail.Message.TextBody ?? "";
        Assert.StartsWith("Hola, Dana Rivera:", body, StringComparison.Ordinal);
        Assert.Contains("oprima \"Confirmar y enviar\"", body, StringComparison.Ordinal);
        Assert.Contains("El enlace funciona durante 7 días.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("You asked", body, StringComparison.Ordinal);

        var sent = await PageAsync(privatePage);
        Assert.Equal("Sus cartas al Congreso", sent.QuerySelector("h1")!.TextContent);
        Assert.Equal("Espera su confirmación", sent.QuerySelector(".sent-letter .status")!.TextContent);
        Assert.Equal("Senador/a Maria Cantwell", sent.QuerySelector(".sent-letter h2")!.TextContent);
        Assert.Equal("en", sent.QuerySelector(".sent-letter pre.letter-body")!.GetAttribute("lang"));
        Assert.StartsWith("Dear Senator Cantwell,", sent.QuerySelector(".sent-letter pre.letter-body")!.TextContent, StringComparison.Ordinal);
        SpanishPagesTests.AssertNoEnglishOfTheSite(sent);

        var link = ConfirmLink().Match(body).Groups["path"].Value;
        var confirm = await PageAsync(link);
        Assert.Equal("Confirmar y enviar", confirm.QuerySelector("main form button")!.TextContent);
        SpanishPagesTests.AssertNoEnglishOfTheSite(confirm);
    }

    [Fact]
    public async Task SendingWithoutChoosingAMember_SaysSoInSpanish()
    {
        var client = _send.Client;
        var letters = await client.LettersAsync(Seattle);

        var (response, page) = await client.SubmitForPageAsync(letters.Form("section.send-for-me form"), SeedPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("#error-summary li"), li => li.TextContent == "Elija al menos un congresista al que enviar su carta.");
    }

    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var (response, page) = await _send.Client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/letters/[A-Za-z0-9_-]{43}/confirm/[A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();
}
