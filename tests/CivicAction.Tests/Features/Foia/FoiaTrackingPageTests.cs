using System.Net;
using System.Text.RegularExpressions;
using CivicAction.Core.Deadlines;
using CivicAction.Tests.Support;
using MimeKit;

namespace CivicAction.Tests.Features.Foia;

public sealed class FoiaTrackingPageOnSqliteTests(DeliverySite site) : FoiaTrackingPageTests(site), IClassFixture<DeliverySite>;

public sealed class FoiaTrackingPageOnPostgresTests(PostgresDeliverySite site) : FoiaTrackingPageTests(site), IClassFixture<PostgresDeliverySite>;

/// <summary>
/// A saved request's private page: recording, deadlines, letters, files, sending for the requester, deleting; the
/// request store on each database.
/// </summary>
public abstract partial class FoiaTrackingPageTests(DeliverySite site)
{
    private const string DhsDraft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
    private const string BlmDraft = "/stories/senate-committee-schedules-vote-on-public-lands-sale/actions/3/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<string> SaveAsync(string draftUrl, Dictionary<string, string?>? extra = null)
    {
        var (_, page) = await _client.GetPageAsync(draftUrl);
        var changes = FoiaDraftPageTests.Requester;
        changes["Form.DateRangeFrom"] = "2024-01-01";
        changes["Form.ToPresent"] = "true";
        foreach (var (k, v) in extra ?? [])
        {
            changes[k] = v;
        }

        var response = await _client.SubmitAsync(draftUrl, page, "#foia-form", changes, "button[formaction*='Save']");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.ToString().Split('?')[0];
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PostRecordAsync(string requestUrl, string handler, Dictionary<string, string?> values)
    {
        var (_, page) = await _client.GetPageAsync(requestUrl);
        var form = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        form.Id = "target";
        var response = await _client.SubmitAsync(requestUrl, page, "#target", values);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return (await _client.GetPageAsync(response.Headers.Location!.ToString())).Document;
    }

    private static string Timeline(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".timeline")!.TextContent;

    [Fact]
    public async Task RecordingThePortalSubmission_ShowsTheDueDate_TwentyWorkingDaysLater_AndAnIcsFile()
    {
        var url = await SaveAsync(DhsDraft);

        var page = await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2025-11-26", ["Input.Via"] = "portal", ["Input.TrackingNumber"] = "2026-HQFO-00123" });

        var due = FoiaDeadlines.ResponseDue(new DateOnly(2025, 11, 26), unusualCircumstances: false);
        Assert.Equal(new DateOnly(2025, 12, 26), due); // Thanksgiving and Christmas skipped
        Assert.Contains("Received by the agency", Timeline(page), StringComparison.Ordinal);
        Assert.Contains("2025-12-26", page.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")));
        var calendar = Ical.Net.Calendar.Load(await _client.GetStringAsync(new Uri(url + "/due.ics", UriKind.Relative)))!;
        var answer = Assert.Single(calendar.Events); // no expedited processing asked, no answer yet to appeal
        Assert.Equal(new DateOnly(2025, 12, 26), answer.DtStart!.Date);
        Assert.EndsWith(url, answer.Url!.AbsoluteUri, StringComparison.Ordinal); // the private page
        Assert.Equal(2, answer.Alarms.Count);
    }

    [Fact]
    public async Task UnusualCircumstances_AddTenWorkingDays()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-03-02", ["Input.Via"] = "portal" });

        var page = await PostRecordAsync(url, "Acknowledged", new() { ["Input.On"] = "2026-03-04", ["Input.TrackingNumber"] = "X-1", ["Input.UnusualCircumstances"] = "true" });

        var expected = FoiaDeadlines.ResponseDue(new DateOnly(2026, 3, 2), unusualCircumstances: true);
        Assert.Equal(BusinessDays.AddWorkingDays(new DateOnly(2026, 3, 2), 30), expected);
        Assert.Contains(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("unusual circumstances", Timeline(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueRequest_OffersAFollowUpAndAnAppealForNoAnswer()
    {
        var url = await SaveAsync(DhsDraft);
        var page = await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2025-01-06", ["Input.Via"] = "portal", ["Input.TrackingNumber"] = "2025-HQFO-9" });

        Assert.Contains("overdue", page.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        var followUp = await _client.GetStringAsync(new Uri(url + "/follow-up.txt", UriKind.Relative));
        Assert.Contains("tracking number 2025-HQFO-9", followUp, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(7)(B)", followUp, StringComparison.Ordinal);
        var appeal = await _client.GetStringAsync(new Uri(url + "/appeal.txt", UriKind.Relative));
        Assert.Contains("failure to make a timely determination", appeal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Denial_GivesTheAppealLetter_AndDhsNinetyWorkingDayDeadline()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "portal" });

        var page = await PostRecordAsync(url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "denied" });

        var deadline = BusinessDays.AddWorkingDays(new DateOnly(2026, 3, 2), 90);
        Assert.Contains(deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("Send the appeal by " + deadline.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#letters .appeal-summary")!.TextContent, StringComparison.Ordinal);
        var (_, appeal) = await _client.GetPageAsync(url + "/appeal");
        Assert.Contains("90 working days", appeal.QuerySelector("#deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("I appeal the denial dated March 2, 2026", appeal.QuerySelectorAll(".appeal pre").Last().TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterADenial_TheCalendarAddsTheAppealDeadline_90WorkingDays_6Cfr58a1()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "portal" });
        var before = Ical.Net.Calendar.Load(await _client.GetStringAsync(new Uri(url + "/due.ics", UriKind.Relative)))!;

        await PostRecordAsync(url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "denied" });
        var after = Ical.Net.Calendar.Load(await _client.GetStringAsync(new Uri(url + "/due.ics", UriKind.Relative)))!;

        var appeal = after.Events.Single(e => e.Uid!.Contains("-appeal@", StringComparison.Ordinal));
        Assert.Equal(BusinessDays.AddWorkingDays(new DateOnly(2026, 3, 2), 90), appeal.DtStart!.Date);
        Assert.Equal(2, appeal.Alarms.Count);
        Assert.Equal(before.Events.Single().Uid, after.Events.Single(e => e != appeal).Uid); // the due date keeps its UID
    }

    [Fact]
    public async Task Denial_SaysWhereTheAppealGoes_FromTheDirectory_WithItsWindowAndSource()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "portal" });

        await PostRecordAsync(url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "denied" });
        var (_, page) = await _client.GetPageAsync(url + "/appeal");

        // 6 CFR 5.8(a)(1): the component's Appeals Officer, 90 working days; the address is in the determination letter.
        var office = page.QuerySelector("#deadline .appeal-office")!.TextContent;
        Assert.Contains("Send the appeal to the FOIA Appeals Officer, U.S. Department of Homeland Security", office, StringComparison.Ordinal);
        Assert.Contains("within 90 working days", office, StringComparison.Ordinal);
        Assert.Contains("determination letter gives the address", office, StringComparison.Ordinal);
        Assert.Contains("6 CFR 5.8(a)(1)", office, StringComparison.Ordinal);
        Assert.StartsWith("FOIA Appeals Officer\nU.S. Department of Homeland Security", (await _client.GetStringAsync(new Uri(url + "/appeal.txt", UriKind.Relative))).Split("\n\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestGrantedInFull_HasNoAppeal_OnThePageOrAsADownload()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "portal" });

        var page = await PostRecordAsync(url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "Granted" });
        var appeal = await _client.GetAsync(new Uri(url + "/appeal.txt", UriKind.Relative));

        Assert.Contains("Records released in full", page.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#letters .appeal-summary"));
        Assert.Equal(HttpStatusCode.NotFound, appeal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(url + "/appeal", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("Input.Outcome", "lost-in-the-mail", "Answered")]
    [InlineData("Input.Via", "SentForMe", "Submitted")]
    public async Task AnAnswerOrRouteThePageNeverOffered_IsRefused_AndNothingIsRecorded(string field, string value, string handler)
    {
        var url = await SaveAsync(DhsDraft);
        if (handler == "Answered")
        {
            await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "Portal" });
        }

        var (_, page) = await _client.GetPageAsync(url);
        var form = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        var (response, refused) = await _client.SubmitForPageAsync((AngleSharp.Html.Dom.IHtmlFormElement)form, url, [(field, value)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(refused.QuerySelector(".error-summary-inline")!.TextContent.Trim());
        var after = (await _client.GetPageAsync(url)).Document;
        Assert.NotNull(after.QuerySelector($"form[action*='handler={handler}']")); // still to be recorded
        Assert.DoesNotContain(after.QuerySelectorAll(".timeline li.done"), li => li.TextContent.Contains(handler == "Answered" ? "Answered" : "Received", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downloads_AreTheLetterAsTextEmlAndPdf()
    {
        var url = await SaveAsync(DhsDraft);
        var (_, page) = await _client.GetPageAsync(url);
        var letter = page.QuerySelector("#letter-copy")!.TextContent;

        var txt = await _client.GetAsync(new Uri(url + "/letter.txt", UriKind.Relative));
        Assert.Equal(letter, await txt.Content.ReadAsStringAsync());
        Assert.Equal("foia-request.txt", txt.Content.Headers.ContentDisposition!.FileName);

        var eml = MimeMessage.Load(await _client.GetStreamAsync(new Uri(url + "/letter.eml", UriKind.Relative)));
        Assert.Equal("1", eml.Headers["X-Unsent"]);
        Assert.StartsWith("Freedom of Information Act Request", eml.Subject, StringComparison.Ordinal);
        Assert.Equal("ann@example.test", eml.From.Mailboxes.Single().Address);

        var pdf = await PdfText.ReadAsync(await _client.GetAsync(new Uri(url + "/letter.pdf", UriKind.Relative)));
        Assert.Contains(pdf.Lines, l => l.Text == "Dear FOIA Officer:");

        var (print, printPage) = await _client.GetPageAsync(url + "/print");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Equal(letter, printPage.QuerySelector(".letter-print")!.TextContent);
    }

    private static List<(string Label, string Text, string[] Dates)> Steps(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".timeline li").Select(li => (
            li.QuerySelector(".step-label")!.TextContent.Trim(),
            li.TextContent,
            li.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!).ToArray())).ToList();

    [Fact]
    public async Task TheRecordForms_FillInNoDateAndNoAnswer_AndAFormSentEmpty_SaysWhatItNeeds_AndRecordsNothing()
    {
        var url = await SaveAsync(DhsDraft);
        var (_, page) = await _client.GetPageAsync(url);
        Assert.Null(page.QuerySelector("#sub-on")!.GetAttribute("value"));
        // The content security policy refuses inline styles: nothing may rely on one to stay hidden.
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Null(page.QuerySelector(".error-summary-inline"));
        Assert.Equal("", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("#sub-via")!).Value);

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Submitted", StringComparison.Ordinal));
        var (response, refused) = await _client.SubmitForPageAsync(form, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = refused.QuerySelector(".error-summary-inline")!.TextContent;
        Assert.Contains("Enter the date you sent it.", summary, StringComparison.Ordinal);
        var (_, after) = await _client.GetPageAsync(url);
        Assert.NotNull(after.QuerySelector("form[action*='handler=Submitted']"));

        var (_, future) = await _client.SubmitForPageAsync(form, url, [("Input.On", "2999-01-01"), ("Input.Via", "Portal")]);
        Assert.Contains("cannot be after today", future.QuerySelector(".error-summary-inline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostedLetter_IsReceivedOnAnEstimatedRange_UntilTheAgencySaysWhen_552a6Ai()
    {
        var url = await SaveAsync(DhsDraft);

        var posted = await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-03-02", ["Input.Via"] = "Post" });

        // Sent Monday 2026-03-02; 1 to 10 working days in the mail: 03-03 to 03-16. Then 20 working days (no holiday
        // between Presidents Day and Memorial Day): from 03-03, 03-31; from 03-16, 04-13.
        var steps = Steps(posted);
        var received = steps.Single(s => s.Label == "Received by the agency (estimated)");
        Assert.Equal(["2026-03-03", "2026-03-16"], received.Dates);
        Assert.Equal(["2026-03-31", "2026-04-13"], steps.Single(s => s.Label.StartsWith("Answer", StringComparison.Ordinal) && s.Label.Contains(" due", StringComparison.Ordinal)).Dates);
        Assert.Contains("no known receipt date until the agency acknowledges it", received.Text, StringComparison.Ordinal);

        // The receipt date the agency states wins: Monday 03-09, then 20 working days, Monday 04-06.
        var acknowledged = await PostRecordAsync(url, "Acknowledged", new() { ["Input.On"] = "2026-03-11", ["Input.ReceivedOn"] = "2026-03-09" });
        steps = Steps(acknowledged);
        Assert.Equal(["2026-03-09"], steps.Single(s => s.Label == "Received by the agency").Dates);
        Assert.Equal(["2026-04-06"], steps.Single(s => s.Label.StartsWith("Answer", StringComparison.Ordinal) && s.Label.Contains(" due", StringComparison.Ordinal)).Dates);
    }

    [Fact]
    public async Task TheAgencysQuestion_PausesTheClock_UntilTheAnswerReachesIt_552a6AiiI()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-03-02", ["Input.Via"] = "Portal" });

        var paused = await PostRecordAsync(url, "Question", new() { ["Input.On"] = "2026-03-10", ["Input.Reason"] = "Information" });

        Assert.Contains(Steps(paused), s => s.Label == "Answer due: the clock is paused");
        Assert.Null(paused.QuerySelector("a[href$='/due.ics']"));

        // Without the pause: Monday 03-30. The working days after the question through the answer's arrival
        // (03-11, 12, 13, 16, 17) do not count: five more, Monday 04-06.
        var running = await PostRecordAsync(url, "QuestionAnswered", new() { ["Input.On"] = "2026-03-17" });

        var steps = Steps(running);
        Assert.Equal(["2026-04-06"], steps.Single(s => s.Label.StartsWith("Answer", StringComparison.Ordinal) && s.Label.Contains(" due", StringComparison.Ordinal)).Dates);
        Assert.Equal(["2026-03-10"], steps.Single(s => s.Label == "The agency asked you for information").Dates);
        Assert.Equal(["2026-03-17"], steps.Single(s => s.Label == "Your answer reached the agency").Dates);
    }

    [Fact]
    public async Task TheFollowUp_StatesTheLimitThatApplies_FromWhichDay_AndTheEscalation_552a7B_h3_a6Ci()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-03-02", ["Input.Via"] = "Portal" });

        var page = await PostRecordAsync(url, "Acknowledged", new() { ["Input.On"] = "2026-03-04", ["Input.UnusualCircumstances"] = "true" });

        // 30 working days from Monday 2026-03-02: 20 end on 03-30, ten more on Monday 04-13.
        var followUp = page.QuerySelector("pre[aria-label='Follow-up letter']")!.TextContent;
        Assert.Contains("The 30 working days that 5 U.S.C. § 552(a)(6)(A)(i) and, with the unusual circumstances the agency invoked, § 552(a)(6)(B)(i) allow", followUp, StringComparison.Ordinal);
        Assert.Contains("counted from the agency's receipt of the request on March 2, 2026, ended on April 13, 2026", followUp, StringComparison.Ordinal);
        Assert.Contains("§ 552(a)(7)(B)", followUp, StringComparison.Ordinal);
        Assert.Contains("FOIA Public Liaison", followUp, StringComparison.Ordinal);
        Assert.Contains("§ 552(h)(3)", followUp, StringComparison.Ordinal);
        Assert.Contains("without an administrative appeal (5 U.S.C. § 552(a)(6)(C)(i))", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameQuestion_PostedFromTwoTabsAtOnce_IsRecordedOnce()
    {
        var url = await SaveAsync(DhsDraft);
        await PostRecordAsync(url, "Submitted", new() { ["Input.On"] = "2026-03-02", ["Input.Via"] = "Portal" });
        var (_, page) = await _client.GetPageAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Question", StringComparison.Ordinal));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.SubmitAsync(form, url, [("Input.On", "2026-03-10"), ("Input.Reason", "FeeClarification")])));

        var (_, after) = await _client.GetPageAsync(url);
        Assert.Single(Steps(after), s => s.Label == "The agency asked you about fees");
    }

    [Fact]
    public async Task Delete_WithoutTheConfirmingTick_DeletesNothing_AndSaysWhatToDo()
    {
        var url = await SaveAsync(DhsDraft);
        var (_, page) = await _client.GetPageAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Delete", StringComparison.Ordinal));

        var (response, kept) = await _client.SubmitForPageAsync(form, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was deleted", kept.QuerySelector("#delete [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Delete_RemovesTheRequestAndItsPage()
    {
        var url = await SaveAsync(DhsDraft);
        var (_, page) = await _client.GetPageAsync(url);
        var form = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Delete", StringComparison.Ordinal));
        form.Id = "delete-form";

        var response = await _client.SubmitAsync(url, page, "#delete-form", new Dictionary<string, string?> { ["confirm"] = "true" });

        Assert.Equal("/requests/deleted", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(url + "/letter.txt", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/requests/not-a-token")]
    [InlineData("/requests/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task UnknownAddresses_AreNotFound(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);

    [Fact]
    public async Task SendForMe_AskedFromASpanishPage_WritesTheConfirmationInSpanish()
    {
        using var spanish = site.CreateClient(new() { AllowAutoRedirect = false });
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US,es;q=0.9");
        var (_, draft) = await spanish.GetPageAsync(BlmDraft);
        var changes = FoiaDraftPageTests.Requester;
        changes["Form.DateRangeFrom"] = "2024-01-01";
        changes["Form.ToPresent"] = "true";
        var saved = await spanish.SubmitAsync(BlmDraft, draft, "#foia-form", changes, "button[formaction*='Save']");
        var url = saved.Headers.Location!.ToString().Split('?')[0];
        var (_, page) = await spanish.GetPageAsync(url);
        var mailsBefore = site.Smtp.Received.Count;

        await spanish.SubmitAsync(url, page, "form[action$='/send']");

        var confirmation = (await site.Smtp.WaitForCountAsync(mailsBefore + 1)).Last();
        Assert.Equal("Confirme, por favor: enviar su solicitud de FOIA", confirmation.Message.Subject);
        Assert.StartsWith("Hola, Ann Example:", confirmation.Message.TextBody, StringComparison.Ordinal);
        // BLM is not in the directory: the e-mail names no agency rather than the one the brief or the requester typed.
        Assert.DoesNotContain("Land Management", confirmation.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("your FOIA request", confirmation.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendForMe_ConfirmsTheAddress_ThenDeliversToTheAgencyOnRecord_WithTheRightHeaders()
    {
        var url = await SaveAsync(BlmDraft);
        var (_, page) = await _client.GetPageAsync(url);
        Assert.Contains("blm_foia@blm.gov", page.QuerySelector(".send-choices")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("mailto:blm_foia@blm.gov?subject=", page.QuerySelector(".send-choices a.button")!.GetAttribute("href"), StringComparison.Ordinal);
        var mailsBefore = site.Smtp.Received.Count;

        var sent = await _client.SubmitAsync(url, page, "form[action$='/send']");
        Assert.Equal(url + "?done=confirm", sent.Headers.Location!.ToString());

        // Nothing goes to the agency before the requester confirms: only the confirmation e-mail arrives.
        var mails = await site.Smtp.WaitForCountAsync(mailsBefore + 1);
        var confirmation = mails.Last();
        Assert.Equal(["ann@example.test"], confirmation.Recipients);
        var link = ConfirmLink().Match(confirmation.Message.TextBody ?? "").Value;
        Assert.StartsWith("http://localhost" + url + "/confirm/", link, StringComparison.Ordinal);
        Assert.False(await site.WorkTheOutboxOnceAsync()); // the letter is held: nothing is due
        Assert.Equal(mailsBefore + 1, site.Smtp.Received.Count);

        // Opening the link changes nothing; pressing the button does.
        var confirmPath = new Uri(link).AbsolutePath;
        var (_, confirmPage) = await _client.GetPageAsync(confirmPath);
        var confirmed = await _client.SubmitAsync(confirmPath, confirmPage, "main form");
        Assert.Equal(url + "?done=confirmed", confirmed.Headers.Location!.ToString());

        var letter = (await site.Smtp.WaitForCountAsync(mailsBefore + 2)).Last();
        Assert.Equal(["blm_foia@blm.gov", "ann@example.test"], letter.Recipients);
        Assert.Equal("\"Ann Example via CivicAction\" <noreply@civicaction.test>", letter.Message.From.ToString());
        Assert.Equal("ann@example.test", letter.Message.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("ann@example.test", letter.Message.Cc.Mailboxes.Single().Address);
        Assert.Contains("Bureau of Land Management", letter.Message.TextBody, StringComparison.Ordinal);

        // The server has the message; the worker records "sent" a moment later.
        var after = (await _client.GetPageAsync(url)).Document;
        await Poll.UntilAsync(async () =>
        {
            after = (await _client.GetPageAsync(url)).Document;
            return after.QuerySelector(".delivery-status")!.TextContent.Contains("Sent", StringComparison.Ordinal);
        }, what: () => "the page never said the letter was sent");

        Assert.Contains("Sent", after.QuerySelector(".delivery-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("sent by CivicAction for you", Timeline(after), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("form[action$='/send']")); // no second send
    }

    [Fact]
    public async Task PersonalData_NeverReachesTheLog()
    {
        var url = await SaveAsync(BlmDraft, new() { ["Form.FullName"] = "Zelda Uniquename", ["Form.PostalAddress"] = "99 Secretive Lane\nNowhere, KS 67001" });
        var (_, page) = await _client.GetPageAsync(url);
        await _client.SubmitAsync(url, page, "form[action$='/send']");
        await site.Smtp.WaitForCountAsync(1);

        var log = site.Log.Text();
        Assert.Contains("/requests/{token}/send", log, StringComparison.Ordinal); // the capture works, with the token redacted
        Assert.DoesNotContain("Uniquename", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretive Lane", log, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.test", log, StringComparison.Ordinal);
        Assert.DoesNotContain(url.Split('/').Last(), log, StringComparison.Ordinal); // the private token
    }

    [GeneratedRegex(@"http://\S+/confirm/\S+")]
    private static partial Regex ConfirmLink();
}
