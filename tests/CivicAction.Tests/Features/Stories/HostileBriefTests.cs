using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Stories;

/// <summary>A brief full of HTML, script and link tricks renders as inert text.</summary>
public sealed class HostileBriefTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Pages => new()
    {
        "/",
        "/stories/script-alert-headline-script-council-hides-img-src-x-onerror",
        "/stories/script-alert-headline-script-council-hides-img-src-x-onerror/actions/1",
        "/search?q=council",
        "/tags/security",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task HostileText_NeverBecomesMarkup(string url)
    {
        var (response, page) = await _client.GetPageAsync(url);

        response.EnsureSuccessStatusCode();
        // Only the site's own script files, never a script from a brief.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "(inline)", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("img, iframe, svg, object, embed"));
        Assert.Empty(page.QuerySelectorAll("main b"));
        var handlers = page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(handlers);
        var hrefs = page.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!.Trim()).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HostileText_IsStillShownToTheReader()
    {
        var (_, page) = await _client.GetPageAsync("/stories/script-alert-headline-script-council-hides-img-src-x-onerror");

        Assert.Equal("<script>alert('headline')</script> Council hides <img src=x onerror=alert(1)> budget", page.QuerySelector("h1")!.TextContent);
        var body = page.QuerySelector(".story-body, .key-points")!.ParentElement!.TextContent;
        Assert.Contains("click me", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"javascript:alert(4)\">raw</a>", body, StringComparison.Ordinal);
        var safe = page.QuerySelectorAll("article a").Where(a => a.TextContent == "safe link").Single();
        Assert.Equal("https://example.org/report", safe.GetAttribute("href"));
        Assert.Contains("nofollow", safe.GetAttribute("rel"), StringComparison.Ordinal);
    }
}
