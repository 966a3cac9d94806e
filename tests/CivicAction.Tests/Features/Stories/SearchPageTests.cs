using System.Net;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Sqlite;

namespace CivicAction.Tests.Features.Stories;

/// <summary>Search over SQLite's FTS5.</summary>
public sealed class SearchPageOnSqliteTests(SiteFactory factory) : SearchPageTests(factory), IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("cecot prison", "\"cecot\" \"prison\"")]
    [InlineData("\"human rights\" cecot", "\"human rights\" \"cecot\"")]
    [InlineData("venezuel*", "\"venezuel\"*")]
    [InlineData("cecot AND NEAR(prison", "\"cecot\" \"prison\"")]
    [InlineData("Salvador's", "\"Salvador's\"")]
    [InlineData("()*^:-", null)]
    public void Query_IsRebuiltFromWordsOnly(string input, string? match) =>
        Assert.Equal(match, Fts5StorySearchIndex.MatchExpression(StorySearchQuery.Parse(input)));
}

/// <summary>Search over PostgreSQL's tsvector and GIN index.</summary>
public sealed class SearchPageOnPostgresTests(PostgresSiteFactory factory) : SearchPageTests(factory), IClassFixture<PostgresSiteFactory>;

/// <summary>Full-text search: ranked, highlighted, and never an error page whatever is typed, on each database.</summary>
public abstract class SearchPageTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_FindsStoriesByWordsInTheText_WithHighlightedSnippets()
    {
        var (response, page) = await _client.GetPageAsync("/search?q=salvador+prison");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Assert.Single(page.QuerySelectorAll(".story-card"));
        Assert.Equal("/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport", result.QuerySelector("h2 a")!.GetAttribute("href"));
        var marks = result.QuerySelectorAll(".snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.True(m.StartsWith("salvador", StringComparison.Ordinal) || m.StartsWith("prison", StringComparison.Ordinal), m));
        Assert.Equal("salvador prison", page.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_RanksHeadlineMatchesFirst()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=library");
        var first = page.QuerySelector(".story-card h2 a")!.TextContent;
        Assert.Contains("library", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("stories match", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MatchesTagsStemsAndPrefixes()
    {
        Assert.Single((await _client.GetPageAsync("/search?q=immigration")).Document.QuerySelectorAll(".story-card"));
        Assert.NotEmpty((await _client.GetPageAsync("/search?q=deporting")).Document.QuerySelectorAll(".story-card")); // porter: deport*
        Assert.NotEmpty((await _client.GetPageAsync("/search?q=venezuel*")).Document.QuerySelectorAll(".story-card"));
        Assert.NotEmpty((await _client.GetPageAsync("/search?q=%22human+rights%22")).Document.QuerySelectorAll(".story-card"));
    }

    [Fact]
    public async Task Search_CountsEveryMatch_OnAFullFirstPage_AndOnTheLastPage()
    {
        var (_, first) = await _client.GetPageAsync("/search?q=library");
        var (_, last) = await _client.GetPageAsync("/search?q=library&page=2");

        Assert.Equal(20, first.QuerySelectorAll(".story-card").Length);
        Assert.Equal(SiteFactory.GeneratedStories - 20, last.QuerySelectorAll(".story-card").Length);
        var expected = $"{SiteFactory.GeneratedStories} stories match";
        Assert.StartsWith(expected, first.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(expected, last.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithNoMatch_SaysSo()
    {
        var (response, page) = await _client.GetPageAsync("/search?q=zzzxqq");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No story matches", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PastItsTimeBudget_SaysItTookTooLong_AndIsNotCached()
    {
        // A budget of 0 stops every search at once: the page a reader gets when a search runs too long.
        using var hurried = factory.WithWebHostBuilder(builder => builder.UseSetting("Search:TimeBudgetMilliseconds", "0"));
        using var client = hurried.CreateClient();

        var (response, page) = await client.GetPageAsync("/search?q=prison");
        var again = await client.GetAsync(new Uri("/search?q=prison", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".story-card"));
        var notice = page.QuerySelector(".notice")?.TextContent;
        Assert.NotNull(notice);
        Assert.Contains("took too long", notice, StringComparison.Ordinal);
        Assert.Contains("more specific words", notice, StringComparison.Ordinal);
        Assert.Equal("prison", page.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Null(again.Headers.Age); // not served from the output cache
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"unbalanced quote",
        "cecot AND",
        "AND OR NOT",
        "NEAR(cecot prison",
        "NEAR(cecot prison, 2)",
        "*",
        "cecot*)",
        "((((",
        ")",
        "headline:cecot",
        "-cecot",
        "^cecot",
        "🛂🌍",
        "\"\"",
        "'; DROP TABLE stories; --",
        "<script>alert(1)</script>",
        "%00",
        new string('a', 5000),
        string.Join(' ', Enumerable.Repeat("cecot", 1000)),
        // Words a stemmer or a stop-word list drops, prefixes of nothing, apostrophes, other scripts.
        "the",
        "the of and",
        "a*",
        "the* of*",
        "Salvador's*",
        "\"the the\"",
        "2025",
        "日本語 العربية",
        "don't won’t",
        "o'*",
        string.Join(' ', Enumerable.Range(0, 40).Select(n => $"w{n}*")),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_AnyInput_GetsAPageNeverAnError(string query)
    {
        var (response, page) = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search stories", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Search_EmptyOrSymbolsOnly_AsksForWords()
    {
        var (_, empty) = await _client.GetPageAsync("/search");
        Assert.Empty(empty.QuerySelectorAll(".story-card"));
        var (_, symbols) = await _client.GetPageAsync("/search?q=%28%29%2A");
        Assert.Contains("no words to look for", symbols.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

}
