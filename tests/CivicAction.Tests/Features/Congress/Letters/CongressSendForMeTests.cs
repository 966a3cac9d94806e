using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CivicAction.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CivicAction.Tests.Support.CongressPages;
using CivicAction.Web.Features.SendForMe.Outbox;

namespace CivicAction.Tests.Features.Congress.Letters;

public sealed class CongressSendForMeOnSqliteTests() : CongressSendForMeTests(onPostgres: false);

public sealed class CongressSendForMeOnPostgresTests() : CongressSendForMeTests(onPostgres: true);

/// <summary>
/// "Send for me" end to end: the real pages, the real outbox and worker, and a real SMTP server
/// on loopback. Only Senator Cantwell's office has an address configured by the operator.
/// </summary>
public abstract partial class CongressSendForMeTests(bool onPostgres) : IAsyncLifetime
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private const string CantwellOffice = SendingCongressSite.CantwellOffice;
    private readonly SendingCongressSite _send = new(onPostgres);

    private HttpClient Client => _send.Client;

    public Task InitializeAsync() => _send.InitializeAsync();

    public Task DisposeAsync() => _send.DisposeAsync();

    private long Count(string sql) => _send.Count(sql);

    private Task<ReceivedMail> MailTo(string address) =>
        _send.Sink.WaitForAsync(m => m.Message.To.Mailboxes.Any(b => b.Address == address));

    /// <summary>One step of the app's outbox worker: false when nothing was due to be sent.</summary>
    private Task<bool> WorkTheOutboxOnceAsync() => _send.Site.Services.GetRequiredService<OutboxWorker>().ProcessNextAsync(CancellationToken.None);

    /// <summary>Asks for Cantwell's letter to be sent; returns the private page's address.</summary>
    private async Task<string> SendToCantwellAsync()
    {
        var letters = await Client.LettersAsync(Seattle);
        var response = await Client.SubmitAsync(letters.Form("section.send-for-me form"), SeedPage, [("sendTo", "C000127")]);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/letters/[A-Za-z0-9_-]{43}$", location);
        return location;
    }

    private async Task<IDocument> Page(string url)
    {
        var (response, page) = await Client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [Fact]
    public async Task SendForMe_IsOfferedOnlyForAnOfficeWithAConfiguredAddress_AsIsTheEmailApp()
    {
        var page = await Client.LettersAsync(Seattle);

        var choices = page.QuerySelectorAll("section.send-for-me input[name=sendTo]");
        Assert.Equal(["C000127"], choices.Select(c => c.GetAttribute("value")));
        Assert.Equal("Senator Maria Cantwell", choices[0].ParentElement!.QuerySelector("label")!.TextContent);

        var mailto = Assert.Single(page.QuerySelectorAll("a[href^='mailto:']"));
        Assert.Equal("C000127", mailto.Closest("article")!.GetAttribute("data-member"));
        Assert.StartsWith($"mailto:{CantwellOffice}?subject=Oversight%20of%20DHS%20deportations&body=Dear%20Senator%20Cantwell%2C%0D%0A%0D%0A",
            mailto.GetAttribute("href")!.Replace("%20to%20El%20Salvador%27s%20CECOT%20prison", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("letters@civicaction.test", page.QuerySelector("section.send-for-me")!.TextContent, StringComparison.Ordinal); // the site's own address is not for people

        var honeypot = page.QuerySelector("section.send-for-me input[name=website]")!;
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.Equal("true", honeypot.Closest(".trap")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task SendForMe_IsHeldUntilTheSenderConfirms_ThenDeliveredFromTheApp_ToTheOffice_CopyingTheSender()
    {
        var privatePage = await SendToCantwellAsync();

        var (waitingResponse, waiting) = await Client.GetPageAsync(privatePage);
        Assert.True(waitingResponse.Headers.CacheControl?.NoStore);
        Assert.Equal("noindex, nofollow", waitingResponse.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal("no-referrer", waitingResponse.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("Waiting for your confirmation", waiting.QuerySelector(".sent-letter .status")!.TextContent);
        Assert.Contains("We sent a link to dana@example.org", waiting.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("data as of June 15, 2026", waiting.QuerySelector(".data-as-of")!.TextContent, StringComparison.Ordinal);

        var confirmation = await MailTo("dana@example.org");
        Assert.Equal("Please confirm: send your letter to Senator Maria Cantwell", confirmation.Message.Subject);
        Assert.DoesNotContain(_send.Sink.Received, m => m.Recipients.Contains(CantwellOffice));
        var link = ConfirmLink().Match(confirmation.Message.TextBody ?? "");
        Assert.True(link.Success, confirmation.Message.TextBody);
        Assert.StartsWith(privatePage + "/confirm/", link.Groups["path"].Value, StringComparison.Ordinal);

        // Opening the link changes nothing (mail scanners open links); the button does.
        var confirmPage = await Page(link.Groups["path"].Value);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE state = 'held'"));
        var confirmed = await Client.SubmitAsync(confirmPage.Form("main form"), link.Groups["path"].Value);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        Assert.Equal(privatePage, confirmed.Headers.Location?.OriginalString);

        var letter = await MailTo(CantwellOffice);
        Assert.Equal("\"Dana Rivera via CivicAction\" <letters@civicaction.test>", letter.Message.From.ToString());
        Assert.Equal([CantwellOffice], letter.Message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["dana@example.org"], letter.Message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal(["dana@example.org"], letter.Message.ReplyTo.Mailboxes.Select(m => m.Address));
        Assert.Equal([CantwellOffice, "dana@example.org"], letter.Recipients);
        Assert.Equal("Oversight of DHS deportations to El Salvador's CECOT prison", letter.Message.Subject);
        Assert.StartsWith("Dear Senator Cantwell,", letter.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sincerely,\nDana Rivera\n4200 Fremont Ave N, Apt 3\nSeattle, WA 98103\ndana@example.org",
            letter.Message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, _send.Sink.Received.Count);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        IDocument sent;
        do
        {
            sent = await Page(privatePage);
        }
        while (sent.QuerySelector(".sent-letter .status")!.TextContent != "Sent" && DateTime.UtcNow < deadline);
        Assert.Equal("Sent", sent.QuerySelector(".sent-letter .status")!.TextContent);
        Assert.Contains($"to {CantwellOffice}, with a copy to you", sent.QuerySelector(".sent-letter")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Sent on \w+ \d+, 2026 at \d\d:\d\d UTC", sent.QuerySelector(".sent-letter")!.TextContent);

        // A browser that named its time zone sees the ledger in its own time.
        using var request = new HttpRequestMessage(HttpMethod.Get, privatePage);
        request.Headers.Add("Cookie", "tz=America%2FLos_Angeles");
        var local = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Matches(@"Sent on \w+ \d+, 2026 at \d+:\d\d [AP]M \(Los Angeles time\)", local);
    }

    [Fact]
    public async Task AnOfficeWithoutAConfiguredAddress_OrAnAddressTypedIntoTheForm_IsNeverWrittenTo()
    {
        var letters = await Client.LettersAsync(Seattle);
        var form = letters.Form("section.send-for-me form");

        var (response, page) = await Client.SubmitForPageAsync(form, SeedPage,
            [("sendTo", "C000127"), ("sendTo", "M001111"), ("to", "attacker@elsewhere.test"), ("toAddress", "attacker@elsewhere.test")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This site can send only to the members listed here, at the addresses its operator set up.", page.ErrorFor("f-sendTo"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("#f-sendTo", page.QuerySelector("main > .error-summary a")!.GetAttribute("href"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM outbox_messages"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM congress_letter_sets"));

        var (_, none) = await Client.SubmitForPageAsync(form, SeedPage);
        Assert.Equal("Choose at least one member to send your letter to.", none.ErrorFor("f-sendTo"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM outbox_messages"));
    }

    [Fact]
    public async Task TheHoneypot_LooksLikeSuccessToARobot_ButNothingIsStoredOrSent()
    {
        var letters = await Client.LettersAsync(Seattle);

        var response = await Client.SubmitAsync(letters.Form("section.send-for-me form"), SeedPage,
            [("sendTo", "C000127"), ("website", "https://spam.example")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Matches("^/letters/[A-Za-z0-9_-]{43}$", response.Headers.Location!.OriginalString);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM outbox_messages"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM congress_letter_sets"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM email_confirmations"));
        Assert.False(await WorkTheOutboxOnceAsync());
        Assert.Empty(_send.Sink.Received);
    }

    [Fact]
    public async Task ALineBreakInTheName_NeverReachesAMailHeader()
    {
        var letters = await Client.LettersAsync(Seattle);

        var (response, page) = await Client.SubmitForPageAsync(letters.Form("section.send-for-me form"), SeedPage,
            [("sendTo", "C000127"), ("firstName", "Dana\r\nBcc: victim@elsewhere.test")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("on one line", page.ErrorFor("f-firstName"), StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM outbox_messages"));
    }

    [Fact]
    public async Task DeletingTheSendersData_CancelsWhatIsUnsent_ForgetsThem_OnDiskToo_AndKillsTheLink()
    {
        var privatePage = await SendToCantwellAsync();
        var confirmation = await MailTo("dana@example.org");
        var link = ConfirmLink().Match(confirmation.Message.TextBody ?? "").Groups["path"].Value;

        var page = await Page(privatePage);
        var confirmPage = await Page(link);
        var withoutHandler = (await Page(privatePage)).Form("section.delete form");
        withoutHandler.SetAttribute("action", privatePage);
        var nothing = await Client.SubmitAsync(withoutHandler, privatePage);
        Assert.Equal(HttpStatusCode.SeeOther, nothing.StatusCode);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE state = 'held'"));

        string[] personal = ["Dana Rivera", "4200 Fremont Ave N", "dana@example.org", "Dear Senator Cantwell"];
        // Before: the short values are on disk as bytes; the letter's words are checked in its row, since a long body
        // can run over SQLite's page boundary, where a search of the raw bytes misses them.
        // The files are checked on SQLite: a PostgreSQL server's files are its own (the store vacuums the tables).
        var onDisk = _send.Site.PostgresConnectionString is null;
        Assert.All(personal[..3], value => Assert.True(!onDisk || DatabaseFiles.Holding(_send.Site.DatabasePath, value).Count > 0, value));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE body LIKE '%Dear Senator Cantwell%'"));

        var deleted = await Client.SubmitAsync(page.Form("section.delete form"), privatePage);
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal(privatePage, deleted.Headers.Location?.OriginalString);

        var after = await Page(privatePage);
        Assert.Contains("Your details were deleted", after.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Cancelled", after.QuerySelector(".sent-letter .status")!.TextContent);
        Assert.Null(after.QuerySelector("section.delete"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM outbox_messages WHERE from_name <> '' OR body <> '' OR cc_address IS NOT NULL OR reply_to IS NOT NULL"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress' AND state <> 'cancelled'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM email_confirmations"));
        Assert.All(personal, value => Assert.True(!onDisk || DatabaseFiles.Holding(_send.Site.DatabasePath, value).Count == 0, value)); // nor in the files' free space or log

        Assert.Contains("These letters were deleted", (await Page(link)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var (refused, message) = await Client.SubmitForPageAsync(confirmPage.Form("main form"), link);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("These letters were deleted", message.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await WorkTheOutboxOnceAsync()); // the letter was cancelled: nothing is due
        Assert.DoesNotContain(_send.Sink.Received, m => m.Recipients.Contains(CantwellOffice));
    }

    [Fact]
    public async Task AWrongOrUnknownToken_FindsNothing()
    {
        var privatePage = await SendToCantwellAsync();

        var (unknown, _) = await Client.GetPageAsync("/letters/" + new string('A', 43));
        var (malformed, _) = await Client.GetPageAsync("/letters/abc");
        var confirmPage = await Page(privatePage + "/confirm/" + new string('B', 43));
        var (wrongCode, message) = await Client.SubmitForPageAsync(confirmPage.Form("main form"), privatePage + "/confirm/" + new string('B', 43));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Contains("This link does not match these letters", message.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE state = 'held'"));
    }

    [Fact]
    public async Task ThePersonsDetailsAndLetters_NeverReachTheLog()
    {
        var privatePage = await SendToCantwellAsync();
        var confirmation = await MailTo("dana@example.org");
        var link = ConfirmLink().Match(confirmation.Message.TextBody ?? "").Groups["path"].Value;
        await Client.SubmitAsync((await Page(link)).Form("main form"), link);
        await MailTo(CantwellOffice);
        await Client.PostDetailsAsync(Seattle, ("city", "Seattle\r\nEvil"));

        var logs = _send.Site.Log.Text();
        Assert.Contains("Send for me: 1 letters held", logs, StringComparison.Ordinal); // the log is really being written
        Assert.Contains("sent on attempt 1", logs, StringComparison.Ordinal);
        Assert.Contains("/letters/{token}/confirm/{token}", logs, StringComparison.Ordinal); // the framework names the path, redacted
        var token = privatePage["/letters/".Length..];
        var code = link[(link.LastIndexOf('/') + 1)..];
        foreach (var secret in new[] { "Dana", "Rivera", "Fremont", "dana@example.org", "third-country prison transfers", "Dear Senator", token, code })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/letters/[A-Za-z0-9_-]{43}/confirm/[A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();
}
