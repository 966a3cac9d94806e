using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Delivery;

/// <summary>
/// Delivery through Communicating with Congress end to end: the real pages, the confirmation e-mail through a real
/// SMTP server, the confirm press, the outbox worker, and a stand-in CWC server on loopback that checks every field
/// as CWC would and answers as it does (accepted, 400, 503, too late).
/// </summary>
public sealed partial class CwcDeliveryTests : IAsyncLifetime
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private const string Personal = "My neighbour was detained for weeks & nobody <b>told</b> her family where.";
    private readonly CwcCongressSite _cwc = new();

    private HttpClient Client => _cwc.Client;

    public Task InitializeAsync() => _cwc.InitializeAsync();

    public Task DisposeAsync() => _cwc.DisposeAsync();

    /// <summary>Dana's letters with a title and her own paragraph; returns the letters page.</summary>
    private Task<IDocument> LettersAsync() => Client.LettersAsync(Seattle, ("prefix", "Ms."), ("personal", Personal));

    /// <summary>Presses "Send it for me" in Senator Cantwell's card, confirms through the e-mailed link; returns the private page's address.</summary>
    /// <param name="postscript">Added by the person to the letter in its box before pressing, when given.</param>
    private async Task<(string PrivatePage, string Body, string Subject)> SendToCantwellAndConfirmAsync(string? postscript = null)
    {
        var letters = await LettersAsync();
        var card = letters.Letter("Senator Maria Cantwell");
        var body = postscript is null ? card.Body() : card.Body() + "\n\n" + postscript;
        var sent = await Client.PressAsync(letters.QuerySelector("article[data-member='C000127'] button[formaction$='/send']")!, SeedPage,
            postscript is null ? null : [("edits[C000127].body", body)]);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var privatePage = sent.Headers.Location!.OriginalString;

        var mail = await _cwc.Sink.WaitForAsync(m => m.Message.To.Mailboxes.Any(b => b.Address == "dana@example.org"));
        Assert.Empty(_cwc.Cwc.Received); // nothing reaches CWC before the person confirms
        var link = ConfirmLink().Match(mail.Message.TextBody ?? "");
        Assert.True(link.Success, mail.Message.TextBody);
        var (_, confirm) = await Client.GetPageAsync(link.Groups["path"].Value);
        var pressed = await Client.SubmitAsync(confirm.Form("main form"), link.Groups["path"].Value);
        Assert.Equal(HttpStatusCode.SeeOther, pressed.StatusCode);
        return (privatePage, body, card.Subject());
    }

    private async Task<IElement> LedgerAsync(string privatePage, string badge)
    {
        IElement? letter = null;
        await Poll.UntilAsync(async () =>
        {
            var (_, page) = await Client.GetPageAsync(privatePage);
            letter = page.QuerySelector(".sent-letter");
            return letter?.QuerySelector(".status")?.TextContent == badge;
        }, what: () => $"the ledger to say '{badge}', it says: {letter?.TextContent.Trim()}");
        return letter!;
    }

    [Fact]
    public async Task TheLettersPage_LabelsTheChannel_AndOffersSendForMe_WithoutAnyOperatorAddress()
    {
        var letters = await LettersAsync();

        Assert.Contains("delivered to the office through Communicating with Congress, the House and Senate system for registered delivery agents, after you confirm your e-mail",
            Words(letters.QuerySelector(".how-letters-reach")!.TextContent), StringComparison.Ordinal);
        foreach (var card in letters.QuerySelectorAll("article.member-letter"))
        {
            Assert.Contains("Delivered to the office through Communicating with Congress, the House and Senate system for registered delivery agents, after you confirm your e-mail",
                Words(card.QuerySelector(".delivery-option.cwc")!.TextContent), StringComparison.Ordinal);
        }

        Assert.Equal(["M001111", "C000127", "J000298"], letters.QuerySelectorAll("section.send-for-me input[name=sendTo]").Select(i => i.GetAttribute("value")));
        Assert.Empty(letters.QuerySelectorAll("a[href^='mailto:']")); // no operator address: the e-mail app is not offered
    }

    [Fact]
    public async Task AnEditedLetter_GoesFromTheForm_ThroughConfirmation_ToCwc_WithEveryFieldAsCwcRequires()
    {
        var (privatePage, body, subject) = await SendToCantwellAndConfirmAsync("P.S. I changed this letter myself, & I mean every word.");

        var post = await _cwc.Cwc.WaitForAsync(p => p.Status == 200);
        Assert.Empty(post.Problems);
        Assert.Equal("/v2/message", post.Path);
        Assert.Equal(CwcServer.ApiKey, post.ApiKey);
        Assert.StartsWith("application/xml", post.ContentType, StringComparison.Ordinal);
        Assert.Equal("2.0", post.Value("CWCVersion"));
        Assert.Matches("^[a-f0-9]{32}$", post.Value("Delivery/DeliveryId"));
        Assert.Equal(DateTime.UtcNow.AddHours(-5).ToString("yyyyMMdd", CultureInfo.InvariantCulture)[..6], post.Value("Delivery/DeliveryDate")![..6]);
        Assert.Equal("CivicAction Test Agent", post.Value("Delivery/DeliveryAgent"));
        Assert.Equal("cwc-acks@civicaction.test", post.Value("Delivery/DeliveryAgentAckEmailAddress"));
        Assert.Equal("Jordan Operator", post.Value("Delivery/DeliveryAgentContact/DeliveryAgentContactName"));
        Assert.Equal("operator@civicaction.test", post.Value("Delivery/DeliveryAgentContact/DeliveryAgentContactEmail"));
        Assert.Equal("202-555-0143", post.Value("Delivery/DeliveryAgentContact/DeliveryAgentContactPhone"));
        Assert.Equal("civicaction-tests", post.Value("Delivery/CampaignId"));
        Assert.Equal("SWA00", post.Value("Recipient/MemberOffice")); // Cantwell holds a class I seat
        Assert.Equal("Ms.", post.Value("Constituent/Prefix"));
        Assert.Equal("Dana", post.Value("Constituent/FirstName"));
        Assert.Equal("Rivera", post.Value("Constituent/LastName"));
        Assert.Equal("4200 Fremont Ave N, Apt 3", post.Value("Constituent/Address1"));
        Assert.Equal("Seattle", post.Value("Constituent/City"));
        Assert.Equal("WA", post.Value("Constituent/StateAbbreviation"));
        Assert.Equal("98103", post.Value("Constituent/Zip"));
        Assert.Equal("dana@example.org", post.Value("Constituent/Email"));
        Assert.Equal("Y", post.Value("Constituent/EmailValidation"));
        Assert.Equal(subject, post.Value("Message/Subject"));
        Assert.Equal(["Immigration"], post.Xml!.Root!.Element("Message")!.Element("LibraryOfCongressTopics")!.Elements().Select(e => e.Value));
        // The letter as the person left it in its box: their edit, and their own paragraph (markup and all, as text).
        Assert.Equal(body.ReplaceLineEndings("\n"), post.Value("Message/ConstituentMessage"));
        Assert.EndsWith("P.S. I changed this letter myself, & I mean every word.", post.Value("Message/ConstituentMessage"), StringComparison.Ordinal);
        Assert.Contains(Personal, post.Value("Message/ConstituentMessage"), StringComparison.Ordinal);
        Assert.Contains("&amp; nobody &lt;b&gt;told&lt;/b&gt;", post.Body, StringComparison.Ordinal);

        var letter = await LedgerAsync(privatePage, "Accepted by CWC");
        Assert.Contains("Through Communicating with Congress", letter.QuerySelector(".channel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Accepted by Communicating with Congress on", letter.TextContent, StringComparison.Ordinal);
        Assert.Contains("reference CWC-000001", letter.TextContent, StringComparison.Ordinal);
        Assert.Single(_cwc.Cwc.Received);
    }

    [Fact]
    public async Task A400FromCwc_FailsTheLetter_WithCwcsReason_OnThePrivatePage()
    {
        _cwc.Cwc.Script(new CwcAnswer.Refuse("Constituent address could not be matched to the member's district"));

        var (privatePage, _, _) = await SendToCantwellAndConfirmAsync();

        var letter = await LedgerAsync(privatePage, "Not delivered");
        Assert.Contains("Communicating with Congress refused the message: Constituent address could not be matched to the member's district",
            letter.TextContent, StringComparison.Ordinal);
        Assert.Single(_cwc.Cwc.Received); // refused for good: never posted again
    }

    [Fact]
    public async Task A503_IsRetried_AndTheLetterIsDeliveredOnce_WithTheSameDeliveryId()
    {
        _cwc.Cwc.Script(new CwcAnswer.Unavailable(), new CwcAnswer.Unavailable());

        var (privatePage, _, _) = await SendToCantwellAndConfirmAsync();

        await LedgerAsync(privatePage, "Accepted by CWC");
        var posts = _cwc.Cwc.Received;
        Assert.Equal([503, 503, 200], posts.Select(p => p.Status));
        Assert.Single(posts.Select(p => p.Value("Delivery/DeliveryId")).Distinct());
        Assert.Single(posts.Select(p => p.Body).Distinct());
    }

    [Fact]
    public async Task AnAnswerLaterThanTheTimeout_IsRetried_WithTheSameDeliveryId()
    {
        _cwc.Cwc.Script(new CwcAnswer.Late(TimeSpan.FromSeconds(3), "LATE-1"));

        var (privatePage, _, _) = await SendToCantwellAndConfirmAsync();

        var letter = await LedgerAsync(privatePage, "Accepted by CWC");
        Assert.Contains("reference CWC-000001", letter.TextContent, StringComparison.Ordinal);
        await _cwc.Cwc.WaitForAsync(p => p.Status == 200 && _cwc.Cwc.Received.Count == 2, TimeSpan.FromSeconds(10));
        Assert.Single(_cwc.Cwc.Received.Select(p => p.Value("Delivery/DeliveryId")).Distinct());
    }

    [Fact]
    public async Task TheApiKey_AndTheRequestAddress_NeverReachTheLog()
    {
        await SendToCantwellAndConfirmAsync();
        await _cwc.Cwc.WaitForAsync(p => p.Status == 200);
        await Poll.UntilAsync(() => _cwc.Site.Log.Text().Contains("(Congress, Cwc) sent", StringComparison.Ordinal));

        var log = _cwc.Site.Log.Text();
        Assert.DoesNotContain(CwcServer.ApiKey, log, StringComparison.Ordinal);
        Assert.DoesNotContain("apikey", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/v2/message", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutATitle_SendingThroughCwc_IsRefused_SayingWhatToChoose()
    {
        var letters = await Client.LettersAsync(Seattle);

        var (response, page) = await Client.SubmitForPageAsync(letters.Form("section.send-for-me form"), SeedPage, [("sendTo", "C000127")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Choose how the office should address you (Mr., Ms., Mx. ...)", page.ErrorFor("f-sendTo"), StringComparison.Ordinal);
        Assert.Empty(_cwc.Sink.Received);
    }

    private static string Words(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/letters/[A-Za-z0-9_-]{43}/confirm/[A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();
}
