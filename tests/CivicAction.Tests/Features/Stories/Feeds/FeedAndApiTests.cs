using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Stories.Feeds;

/// <summary>Atom feed, sitemap, robots.txt and the JSON API.</summary>
public sealed class FeedAndApiTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Feed_IsAtomWithOneEntryPerStory()
    {
        var response = await _client.GetAsync(new Uri("/feed.xml", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(SiteFactory.FileStories + SiteFactory.GeneratedStories, entries.Count);
        var seed = entries.Single(e => e.Element(Atom + "id")!.Value == $"http://localhost/stories/{SeedSlug}");
        Assert.StartsWith("DOJ admits", seed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("2025-11-26T00:00:00Z", seed.Element(Atom + "published")!.Value);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task FeedBytes_DeclareUtf8_AndAStrictXmlParserReadsThem(string url)
    {
        var bytes = await _client.GetByteArrayAsync(new Uri(url, UriKind.Relative));

        // The bytes as served, not a string: a declaration of UTF-16 over UTF-8 bytes is refused by a strict parser.
        using var reader = System.Xml.XmlReader.Create(new MemoryStream(bytes), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        var document = XDocument.Load(reader);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark before the declaration
        Assert.NotNull(document.Root);
    }

    [Fact]
    public async Task TheSiteHasAnIcon_LinkedFromEveryPage_AndAtTheAddressBrowsersTry()
    {
        var (_, home) = await _client.GetPageAsync("/");
        var icon = await _client.GetAsync(new Uri(home.QuerySelector("link[rel=icon]")!.GetAttribute("href")!, UriKind.Relative));
        using var noRedirects = factory.CreateClient(new() { AllowAutoRedirect = false });
        var legacy = await noRedirects.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.MovedPermanently, legacy.StatusCode);
        Assert.Equal("/favicon.svg", legacy.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sitemap_ListsEveryStoryAndTag_AndRobotsPointsToIt()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var locations = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        Assert.Contains($"http://localhost/stories/{SeedSlug}", locations);
        Assert.Contains("http://localhost/tags/immigration", locations);

        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_StoryHasTheImportContractShape()
    {
        var response = await _client.GetAsync(new Uri($"/api/stories/{SeedSlug}", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var story = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(
            ["source", "slug", "published", "headline", "dek", "summary", "body", "tags", "actions"],
            story.EnumerateObject().Select(p => p.Name));
        Assert.Equal("🛂", story.GetProperty("tags")[0].GetProperty("emoji").GetString());
        Assert.Equal("foia", story.GetProperty("actions")[0].GetProperty("channel").GetString());
        Assert.Equal("How to find your representative", story.GetProperty("actions")[1].GetProperty("guidance").GetProperty("heading").GetString());
    }

    [Fact]
    public async Task Api_ListIsPaged()
    {
        var first = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/stories", UriKind.Relative))).RootElement;
        Assert.Equal(20, first.GetProperty("stories").GetArrayLength());
        Assert.Equal(SiteFactory.FileStories + SiteFactory.GeneratedStories, first.GetProperty("total").GetInt32());
        Assert.Equal("/api/stories?page=2", first.GetProperty("next").GetString());

        var second = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/stories?page=2", UriKind.Relative))).RootElement;
        Assert.Equal(SiteFactory.FileStories + SiteFactory.GeneratedStories - 20, second.GetProperty("stories").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Api_UnknownStory_Is404Json()
    {
        var response = await _client.GetAsync(new Uri("/api/stories/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no story", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
