using System.Net;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Stories;

/// <summary>The reading side over HTTP: home, story, action, tags, with the real pipeline and database.</summary>
public sealed class StoryPagesTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Home_ListsStoriesNewestFirst_WithTagsActionsAndASearchBox()
    {
        var (response, page) = await _client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dates = page.QuerySelectorAll("main .story-card time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(20, dates.Count);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal("2026-09-03", dates[0]);
        var seed = page.QuerySelectorAll(".story-card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == $"/stories/{SeedSlug}");
        Assert.Equal(["FOIA request", "Write to officials"], seed.QuerySelectorAll(".badge").Select(b => b.TextContent));
        Assert.Equal(["/tags/immigration", "/tags/justice", "/tags/foreign-policy"], seed.QuerySelectorAll(".tag").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("form[role=search][action='/search'][method=get] input[name=q]"));
    }

    [Fact]
    public async Task AnActionsStepsForTheReader_StandBesideTheTemplateBox_NotInIt_WithTheirAddressesAsLinks()
    {
        var (_, page) = await _client.GetPageAsync("/stories/river-district-plans-to-lift-limits-on-farm-runoff");
        var records = page.QuerySelector("#action-2")!;

        var box = records.QuerySelector(".key-points-box, .letter")!;
        Assert.Contains("I request copies of all water quality tests", box.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("How to file", box.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Tips", box.TextContent, StringComparison.Ordinal);
        var steps = records.QuerySelectorAll(".action-steps").Select(s => s.TextContent).ToList();
        Assert.Equal(2, steps.Count); // before the sample text and after it, in the brief's order
        Assert.Contains("How to file:", steps[0], StringComparison.Ordinal);
        Assert.Contains("Tips:", steps[1], StringComparison.Ordinal);
        Assert.Equal("mailto:records@clearwater-district.org", records.QuerySelector(".action-steps a[href^='mailto:']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_IsPaginated_AndAPageTooFarIsNotFound()
    {
        var (_, first) = await _client.GetPageAsync("/");
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));

        var (second, page2) = await _client.GetPageAsync("/?page=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var total = SiteFactory.FileStories + SiteFactory.GeneratedStories;
        Assert.Equal(total - 20, page2.QuerySelectorAll(".story-card").Length);
        Assert.Null(page2.QuerySelector(".pager a[rel=next]"));

        var (tooFar, _) = await _client.GetPageAsync("/?page=9");
        Assert.Equal(HttpStatusCode.NotFound, tooFar.StatusCode);
    }

    [Fact]
    public async Task Story_ShowsHeadlineDateDekKeyPointsBodyAndTags()
    {
        var (response, page) = await _client.GetPageAsync($"/stories/{SeedSlug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("DOJ admits DHS Secretary Noem", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-11-26", page.QuerySelector("article time")!.GetAttribute("datetime"));
        Assert.StartsWith("Noem's personal decision", page.QuerySelector(".story-header .dek")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll(".key-points li").Length);
        Assert.Equal(3, page.QuerySelectorAll(".story-body p").Length);
        Assert.Contains("Kristi Noem personally", page.QuerySelector(".story-body p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll(".story-header .tag").Length);
        Assert.Equal($"http://localhost/stories/{SeedSlug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Story_HeadingsGoInOrder()
    {
        var (_, page) = await _client.GetPageAsync($"/stories/{SeedSlug}");
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => int.Parse(h.TagName[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
    }

    [Fact]
    public async Task Story_ActionsHaveWorkingContactLinks_TheirPoints_AndACallToAct()
    {
        var (_, page) = await _client.GetPageAsync($"/stories/{SeedSlug}");

        var actions = page.QuerySelectorAll(".action-list > li .action");
        Assert.Equal(2, actions.Length);
        var foia = actions[0];
        Assert.Equal("FOIA request", foia.QuerySelector(".badge")!.TextContent);
        // DHS no longer takes requests by e-mail (6 CFR 5.3(a)(2), FR Doc. 2025-23783): its address is labelled, not linked.
        Assert.Equal(["https://www.dhs.gov/foia"], foia.QuerySelectorAll(".contacts a").Select(a => a.GetAttribute("href")));
        var refused = foia.QuerySelector(".contacts .contact-note-notaccepted")!;
        Assert.Equal("foia@hq.dhs.gov", refused.QuerySelector(".contact-address")!.TextContent);
        Assert.Contains("generally no longer accepts FOIA requests by e-mail", refused.QuerySelector(".contact-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Key points to include in your FOIA request form or letter", foia.QuerySelector(".box-heading")!.TextContent);
        Assert.Equal(6, foia.QuerySelectorAll(".block li").Length);
        Assert.Equal($"/stories/{SeedSlug}/actions/1/foia", foia.QuerySelector(".call-to-act a")!.GetAttribute("href"));
        Assert.Contains("Draft this FOIA request", foia.QuerySelector(".call-to-act a")!.TextContent, StringComparison.Ordinal);

        var email = actions[1];
        Assert.Equal($"/stories/{SeedSlug}/actions/2/congress", email.QuerySelector(".call-to-act a")!.GetAttribute("href"));
        Assert.Contains("Oversight of DHS deportations", email.QuerySelector(".subject")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("[Representative/Senator Name]", email.QuerySelector(".placeholder")!.TextContent);
        Assert.Equal("How to find your representative", email.QuerySelector(".guidance-heading")!.TextContent);
        Assert.Contains("https://house.gov/representatives/find-your-representative",
            email.QuerySelectorAll(".guidance a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PhoneContacts_AreTelLinks()
    {
        var (_, page) = await _client.GetPageAsync("/stories/senate-committee-schedules-vote-on-public-lands-sale");
        Assert.Equal(["tel:+12022243121", "tel:+12022243121;ext=5"],
            page.QuerySelectorAll("#action-1 .contacts a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ActionPage_ShowsTheAction_AndUnknownActionsAreNotFound()
    {
        var (response, page) = await _client.GetPageAsync($"/stories/{SeedSlug}/actions/2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Email your members of Congress about DHS deportations to El Salvador's CECOT prison", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".letter .subject"));

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/stories/{SeedSlug}/actions/3", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Tags_ListEveryTopic_AndATagPageListsItsStories()
    {
        var (_, list) = await _client.GetPageAsync("/tags");
        var topics = list.QuerySelectorAll(".topic").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tags/immigration", topics);
        Assert.Contains("/tags/libraries", topics);

        var (response, tag) = await _client.GetPageAsync("/tags/immigration");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Immigration", tag.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var story = Assert.Single(tag.QuerySelectorAll(".story-card"));
        Assert.Equal($"/stories/{SeedSlug}", story.QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/stories/no-such-story")]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddresses_GetAFriendly404Page(string url)
    {
        var (response, page) = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task Healthz_ChecksTheDatabase()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport")]
    [InlineData("/search?q=cecot")]
    [InlineData("/no/such/page")]
    [InlineData("/api/stories")]
    [InlineData("/feed.xml")]
    public async Task EveryResponse_CarriesSecurityHeaders(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Stylesheet_IsServedByTheAppItself()
    {
        var (_, page) = await _client.GetPageAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.StartsWith("/css/site.css", href, StringComparison.Ordinal);
        var css = await _client.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("prefers-color-scheme: dark", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script[src^='http'], link[href^='http']:not([rel=canonical])"));
    }
}
