using System.Net;
using AngleSharp.Dom;
using CivicAction.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Features.Calls;

/// <summary>
/// The call page over the real HTTP pipeline: the member lookup by ZIP, each office's numbers as tel: links, the
/// script filled with the caller's name and city (posted, never stored), the outcome counted once under a double
/// press, the count on the call and story pages, and the brief's markup shown as text.
/// </summary>
public sealed class CallPageTests(CallSite site) : IClassFixture<CallSite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<IDocument> PageAsync(string url)
    {
        var (response, page) = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static IElement Card(IDocument page, string bioguide) =>
        page.QuerySelector($"article#call-{bioguide}") ?? throw new InvalidOperationException($"no card for {bioguide}: {page.Body?.TextContent}");

    [Fact]
    public async Task TheStorysCallAction_LeadsToTheCallPage()
    {
        var page = await PageAsync($"/stories/{CallSite.RunoffSlug}");

        var button = page.QuerySelector("#action-1 .call-to-act a")!;
        Assert.Equal(CallSite.RunoffCall, button.GetAttribute("href"));
        Assert.Contains("Make this call", button.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipLookup_ShowsTheSenatorsOnly_WithTheirWashingtonAndDistrictNumbers_AsTelLinks()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=05401");

        var cards = page.QuerySelectorAll("article.call-card");
        Assert.Equal(["Call Senator Bernard Sanders", "Call Senator Peter Welch"], cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()).Order());
        var sanders = Card(page, "S000033");
        var links = sanders.QuerySelectorAll(".phones a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("tel:+12022245141", links);
        Assert.True(links.Count > 1, "the district offices' numbers are there too");
        Assert.All(links, l => Assert.Matches(@"^tel:\+1\d{10}$", l));
        Assert.Contains(sanders.QuerySelectorAll(".phones .contact-kind"), k => k.TextContent.Contains("Burlington office", StringComparison.Ordinal));
        Assert.Contains("ask Senator Sanders to defend", sanders.QuerySelector(".script")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipInTwoDistricts_AsksWhichOne_BeforeAnyMemberIsShown()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=30165");

        Assert.Equal(2, page.QuerySelectorAll("input[type=radio][name=seat]").Length);
        Assert.Empty(page.QuerySelectorAll("article.call-card"));

        var chosen = await PageAsync(CallSite.RunoffCall + "?zip=30165&choose=true&seat=GA-14");
        Assert.Equal(2, chosen.QuerySelectorAll("article.call-card").Length);
    }

    [Fact]
    public async Task TheNameAndCity_FillTheScript_AndTheVoicemail_ComesFromTheBrief()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=05401");

        var (response, filled) = await _client.SubmitForPageAsync(page.Form("form.caller-form"), CallSite.RunoffCall,
            [("name", "Lee Park"), ("city", "Burlington")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "the filled script is never stored by a cache");
        var welch = Card(filled, "W000800");
        Assert.Equal(
            "Hi, my name is Lee Park and I live in Burlington. I'm calling to ask Senator Welch to defend the runoff limits on the Clearwater River.",
            welch.QuerySelector(".script")!.TextContent.Trim());
        Assert.Equal(["Say your name and ZIP code slowly.", "Leave a number staff can call back."],
            welch.QuerySelectorAll(".voicemail li").Select(l => l.TextContent.Trim()));
        Assert.Equal("Lee Park", filled.QuerySelector("#f-name")!.GetAttribute("value"));
        Assert.Equal(0L, Count("SELECT COUNT(*) FROM call_tally_keys WHERE call_key LIKE '%Lee%'"));
    }

    [Fact]
    public async Task AnOutcomeRecordedWithoutScript_BringsBackTheFilledScript_WithoutPuttingTheNameInAnAddress()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=05401");
        var (_, filled) = await _client.SubmitForPageAsync(page.Form("form.caller-form"), CallSite.RunoffCall,
            [("name", "Lee Park"), ("city", "Burlington")]);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)Card(filled, "W000800").QuerySelector("form.call-outcome")!;

        var before = Count("SELECT COALESCE(SUM(count), 0) FROM call_tallies WHERE outcome = 'busy' AND story_slug = '" + CallSite.RunoffSlug + "'");

        var recorded = await _client.SubmitAsync(form, CallSite.RunoffCall, [("outcome", "busy")]);

        // A browser answers a 307 by posting the same body to the new address: the name and city stay out of it.
        Assert.Equal(HttpStatusCode.TemporaryRedirect, recorded.StatusCode);
        var location = recorded.Headers.Location!.ToString();
        Assert.Equal(CallSite.RunoffCall + "?recorded=busy#call-W000800", location);
        form.SetAttribute("action", location.Split('#')[0]);
        var (response, back) = await _client.SubmitForPageAsync(form, CallSite.RunoffCall, [("outcome", "busy")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Recorded: busy", back.QuerySelector(".notice[role=status]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Hi, my name is Lee Park and I live in Burlington.", Card(back, "W000800").QuerySelector(".script")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Lee Park", back.QuerySelector("#f-name")!.GetAttribute("value"));
        Assert.Equal(before + 1, Count("SELECT COALESCE(SUM(count), 0) FROM call_tallies WHERE outcome = 'busy' AND story_slug = '" + CallSite.RunoffSlug + "'"));
    }

    [Fact]
    public async Task ANameTooLong_IsRefusedNextToItsField_AndTheScriptKeepsItsBlank()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=05401");

        var (_, refused) = await _client.SubmitForPageAsync(page.Form("form.caller-form"), CallSite.RunoffCall, [("name", new string('x', 101))]);

        Assert.Contains("at most 100", refused.QuerySelector("#f-name-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("[Your Name]", Card(refused, "W000800").QuerySelector(".script")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutcome_PressedTwice_CountsOnce_AndTheCountShows_OnTheCallAndStoryPages()
    {
        var story = await PageAsync($"/stories/{CallSite.HotlineSlug}"); // cached before the call is counted
        Assert.Null(story.QuerySelector("#action-1 .call-count"));
        var page = await PageAsync(CallSite.HotlineCall);
        var form = page.Form("form.call-outcome");

        var first = await _client.SubmitAsync(form, CallSite.HotlineCall, [("outcome", "leftvoicemail")]);
        var second = await _client.SubmitAsync(form, CallSite.HotlineCall, [("outcome", "leftvoicemail")]);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal("/stories/agency-closes-the-comment-line-on-the-river-permit/actions/1/call?recorded=leftvoicemail#call-number",
            first.Headers.Location?.ToString());
        var after = await PageAsync(first.Headers.Location!.ToString());
        Assert.Equal("1 call made through this site: left a voicemail (1).", after.QuerySelector(".call-count")!.TextContent.Trim());
        story = await PageAsync($"/stories/{CallSite.HotlineSlug}");
        Assert.Equal("1 call made through this site", story.QuerySelector("#action-1 .call-count")!.TextContent.Trim());

        // The same form saying another outcome moves the call; a new page view is a new call.
        await _client.SubmitAsync(form, CallSite.HotlineCall, [("outcome", "reachedstaff")]);
        var again = await PageAsync(CallSite.HotlineCall);
        await _client.SubmitAsync(again.Form("form.call-outcome"), CallSite.HotlineCall, [("outcome", "busy")]);
        after = await PageAsync(CallSite.HotlineCall);
        Assert.Equal("2 calls made through this site: reached staff (1), busy (1).", after.QuerySelector(".call-count")!.TextContent.Trim());
        Assert.Equal(2L, Count("SELECT SUM(count) FROM call_tallies WHERE story_slug = 'agency-closes-the-comment-line-on-the-river-permit'"));
    }

    [Fact]
    public async Task AnOutcomeWithoutChoice_OrWithoutItsToken_CountsNothing()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=05401");
        var form = page.QuerySelectorAll("form.call-outcome").Cast<AngleSharp.Html.Dom.IHtmlFormElement>().First();

        var unchosen = await _client.SubmitAsync(form, CallSite.RunoffCall);
        var noToken = await _client.SubmitAsync(form, CallSite.RunoffCall, [("outcome", "busy"), ("__RequestVerificationToken", null)]);
        var oddOutcome = await _client.SubmitAsync(form, CallSite.RunoffCall, [("outcome", "hung-up")]);

        Assert.Equal(HttpStatusCode.SeeOther, unchosen.StatusCode);
        Assert.Contains("unchosen=true", unchosen.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("unchosen=true", oddOutcome.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0L, Count($"SELECT COUNT(*) FROM call_tallies WHERE story_slug = '{CallSite.RunoffSlug}'"));
        var told = await PageAsync(unchosen.Headers.Location.ToString());
        Assert.Contains("Choose how the call went", told.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyMadeUpByHand_OrTampered_CountsNothing()
    {
        var page = await PageAsync(CallSite.RunoffCall + "?zip=05401");
        var form = page.QuerySelectorAll("form.call-outcome").Cast<AngleSharp.Html.Dom.IHtmlFormElement>().First();
        var issued = form.QuerySelector("input[name=key]")!.GetAttribute("value")!;

        var forged = await _client.SubmitAsync(form, CallSite.RunoffCall, [("outcome", "busy"), ("key", CivicAction.Web.Platform.Hosting.SecretToken.New())]);
        var tampered = await _client.SubmitAsync(form, CallSite.RunoffCall, [("outcome", "busy"), ("key", issued[..^2] + (issued[^2] == 'A' ? "BB" : "AA"))]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(0L, Count($"SELECT COUNT(*) FROM call_tallies WHERE story_slug = '{CallSite.RunoffSlug}'"));
    }

    [Fact]
    public async Task AHotline_GetsItsNumberAndScript_WithoutALookup_AndTheBriefsMarkupIsText()
    {
        var (_, raw) = await _client.GetPageAsync(CallSite.HotlineCall);
        var page = await PageAsync(CallSite.HotlineCall);

        Assert.Null(page.QuerySelector("form.lookup-form"));
        Assert.Equal("tel:+15550104477", page.QuerySelector(".call-card .phones a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("main script, .call-card img"));
        var html = await (await _client.GetAsync(new Uri(CallSite.HotlineCall, UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);

        var (_, filled) = await _client.SubmitForPageAsync(page.Form("form.caller-form"), CallSite.HotlineCall,
            [("name", "<script>alert('me')</script>"), ("city", "Walla \"Walla\"")]);
        var script = filled.QuerySelector(".call-card .script")!;
        Assert.StartsWith("I'm <script>alert('me')</script> in Walla \"Walla\".", script.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(script.QuerySelectorAll("script"));
        Assert.NotNull(raw.QuerySelector("form.call-outcome"));
    }

    [Fact]
    public async Task APageForAnActionThatIsNoCall_IsNotFound()
    {
        var response = await _client.GetAsync(new Uri($"/stories/{CallSite.RunoffSlug}/actions/2/call", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={site.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long n ? n : 0;
    }
}
