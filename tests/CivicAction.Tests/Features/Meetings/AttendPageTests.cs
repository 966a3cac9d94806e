using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Core.Formats;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Meetings;

/// <summary>The meeting page over the real pipeline: when and where, what is missing, the .ics, the tips and the statement.</summary>
public sealed class AttendPageTests(ComposerSite site) : IClassFixture<ComposerSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private static string Page => $"/stories/{ComposerSite.RiverSlug}/actions/4/attend";

    private static string HostilePage => $"/stories/{ComposerSite.HostileSlug}/actions/2/attend";

    [Fact]
    public async Task TheStorysMeeting_LeadsToItsPage_WithTheDateTimeAndPlace()
    {
        var (_, action) = await _client.GetPageAsync($"/stories/{ComposerSite.RiverSlug}/actions/4");
        var (response, page) = await _client.GetPageAsync(Page);

        Assert.Equal(Page, action.QuerySelector(".call-to-act a")!.GetAttribute("href"));
        response.EnsureSuccessStatusCode();
        Assert.Equal("Thursday, March 19, 2026", page.QuerySelector("[data-meeting=date]")!.TextContent);
        Assert.Equal("6–8 p.m.", page.QuerySelector("[data-meeting=time]")!.TextContent);
        Assert.Equal("the Grange Hall, 12 Mill Road, Clearwater", page.QuerySelector("[data-meeting=place]")!.TextContent);
        Assert.Null(page.QuerySelector(".missing"));
        var tips = page.QuerySelector(".tips")!.TextContent;
        Assert.Contains("A photo ID for the sign-in sheet", tips, StringComparison.Ordinal);
        Assert.Contains("You will have two minutes.", tips, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCalendarFile_HoldsTheMeeting_AsAFloatingLocalTime()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var response = await _client.GetAsync(new Uri(page.QuerySelector("[data-calendar]")!.GetAttribute("href")!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("meeting.ics", response.Content.Headers.ContentDisposition!.FileName);
        var lines = MeetingCalendarTests.Unfold(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines[..2]);
        Assert.Contains("BEGIN:VEVENT", lines);
        Assert.Contains("DTSTART:20260319T180000", lines);
        Assert.Contains("DTEND:20260319T200000", lines);
        Assert.Contains("SUMMARY:Attend the water district board hearing", lines);
        Assert.Contains("LOCATION:the Grange Hall\\, 12 Mill Road\\, Clearwater", lines);
        Assert.Contains($"UID:meeting-{ComposerSite.RiverSlug}-4@civicaction", lines);
        Assert.Single(lines, l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z'));
        Assert.Equal("END:VCALENDAR", lines[^1]);
    }

    [Fact]
    public async Task TheStatement_IsComposed_AndDownloaded()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var form = page.Form("form[data-composer]");
        Assert.Equal("Your Name", page.QuerySelector("label[for=f-values-0]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-live-count]"));

        var (_, composed) = await _client.SubmitForPageAsync(form, Page, [("values[0]", "Dana Rivera"), ("personal", "I fish below the mill.")]);
        var download = await _client.PressAsync(form.QuerySelector("button[formaction]")!, Page, [("values[0]", "Dana Rivera")]);

        Assert.Equal("My name is Dana Rivera. I ask the board to keep the runoff limits.\n\nI fish below the mill.",
            ((IHtmlTextAreaElement)composed.QuerySelector("#composed-text")!).Value);
        Assert.Equal("statement.txt", download.Content.Headers.ContentDisposition!.FileName);
        Assert.True(download.Headers.CacheControl?.NoStore);
        Assert.EndsWith("My name is Dana Rivera. I ask the board to keep the runoff limits.\r\n", Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeetingWithoutATime_SaysSo_AndItsCalendarFileIsAllDay()
    {
        var (response, page) = await _client.GetPageAsync(HostilePage);
        var ics = await _client.GetStringAsync(new Uri(HostilePage + "/meeting.ics", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(["The brief does not give the time: check the agency's page."], page.QuerySelectorAll(".missing li").Select(l => l.TextContent));
        Assert.Equal("Not given", page.QuerySelector("[data-meeting=time]")!.TextContent);
        var lines = MeetingCalendarTests.Unfold(ics);
        Assert.Contains("DTSTART;VALUE=DATE:20260321", lines);
        Assert.Contains("LOCATION:Riverside Library\\, Room 2\\, \"Main\" <b>St</b>", lines);
    }

    [Fact]
    public async Task HostileBriefText_AndHostileInput_AreShownAsText()
    {
        var (_, page) = await _client.GetPageAsync(HostilePage);
        var (_, composed) = await _client.SubmitForPageAsync(page.Form("form[data-composer]"), HostilePage, [("values[0]", "<b onmouseover=alert(9)>Dana</b>")]);

        foreach (var document in new[] { page, composed })
        {
            Assert.All(document.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "(inline)", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("main b, main img"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal("Riverside Library, Room 2, \"Main\" <b>St</b>", page.QuerySelector("[data-meeting=place]")!.TextContent);
        Assert.Equal("I am <b onmouseover=alert(9)>Dana</b>, and I say <script>alert(6)</script>.", ((IHtmlTextAreaElement)composed.QuerySelector("#composed-text")!).Value);
    }

    [Fact]
    public async Task AMeetingWithoutADate_HasNoCalendarFile()
    {
        var response = await _client.GetAsync(new Uri($"/stories/{ComposerSite.RiverSlug}/actions/3/attend/meeting.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
