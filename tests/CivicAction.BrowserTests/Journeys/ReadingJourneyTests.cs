using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>A reader in Chromium: browse, search, open a story, see its actions, follow a tag.</summary>
public abstract class ReadingJourneys(BrowserApp app)
{
    protected BrowserApp App => app;

    protected const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";

    [Fact]
    public async Task Reader_BrowsesToAStory_SeesItsActions_AndFollowsATag()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveTitleAsync("Stories to act on · CivicAction");

        await page.GetByRole(AriaRole.Link, new() { Name = "DOJ admits DHS Secretary Noem" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/stories/{SeedSlug}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("DOJ admits DHS Secretary Noem");
        await Expect(page.Locator(".key-points li")).ToHaveCountAsync(4);

        var actions = page.Locator(".action-list > li");
        await Expect(actions).ToHaveCountAsync(2);
        await Expect(actions.Nth(0).Locator(".badge")).ToHaveTextAsync("FOIA request");
        // DHS no longer takes FOIA requests by e-mail: the brief's address is labelled and not offered as a link.
        await Expect(actions.Nth(0).GetByRole(AriaRole.Link, new() { Name = "foia@hq.dhs.gov" })).ToHaveCountAsync(0);
        await Expect(actions.Nth(0).Locator(".contact-note-notaccepted")).ToContainTextAsync("Not a way to file");
        await Expect(actions.Nth(0).GetByRole(AriaRole.Link, new() { Name = "www.dhs.gov/foia" })).ToHaveAttributeAsync("href", "https://www.dhs.gov/foia");
        await Expect(actions.Nth(1).Locator(".guidance")).ToContainTextAsync("How to find your representative");

        await actions.Nth(0).Locator(".action-title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/stories/{SeedSlug}/actions/1").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("File a FOIA request with DHS");

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Foreign Policy" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/tags/foreign-policy").ToString());
        await Expect(page.Locator(".story-card")).ToHaveCountAsync(1);
    }

    [Fact]
    public void TheServer_ImportedTheSeedsIntoTheStoreUnderTest()
    {
        // The pages above must come from this store (the PostgreSQL run would prove nothing if the server had quietly
        // opened a SQLite file of its own).
        Assert.Equal(1L, app.Store.QueryScalar<long>("SELECT count(*) FROM stories WHERE slug = @SeedSlug", new { SeedSlug }));
    }

    [Fact]
    public async Task Reader_SearchesFromTheHeader_AndSeesHighlightedResults()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search stories").FillAsync("salvador prison");
        await page.GetByLabel("Search stories").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/search?q=salvador+prison").ToString());
        await Expect(page.Locator(".story-card")).ToHaveCountAsync(1);
        await Expect(page.Locator(".snippet mark").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task KeyboardUser_CanSkipToTheMainContent()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/stories/{SeedSlug}");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/stories/{SeedSlug}#main").ToString());
    }

    [Fact]
    public async Task StoryPage_WorksWithoutJavaScript()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/stories/{SeedSlug}");
        await Expect(page.Locator(".action-list > li")).ToHaveCountAsync(2);
        await page.GetByLabel("Search stories").FillAsync("cecot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).First.ClickAsync();
        await Expect(page.Locator(".story-card")).ToHaveCountAsync(1);
        await context.CloseAsync();
    }
}

[Collection(BrowserCollection.Name)]
public sealed class ReadingJourneyTests(BrowserApp app) : ReadingJourneys(app)
{
    // The markup does not depend on the store: checked here, on SQLite, and not again on PostgreSQL.
    [Theory]
    [InlineData("home", "/")]
    [InlineData("search", "/search?q=cecot")]
    [InlineData("story", "/stories/" + SeedSlug)]
    [InlineData("tags", "/tags")]
    [InlineData("not-found", "/no/such/page")]
    public async Task Pages_HaveNoWcagViolations_InLightAndDark_AtPhoneAndDesktopWidths(string name, string url)
    {
        foreach (var (scheme, width, height) in new[] { (ColorScheme.Light, 1280, 900), (ColorScheme.Dark, 1280, 900), (ColorScheme.Light, 360, 780) })
        {
            var page = await App.NewPageAsync(width, height, scheme);
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page);
            var layout = width < 600 ? "phone" : "desktop";
            await App.ScreenshotAsync(page, $"{name}-{layout}-{scheme.ToString().ToLowerInvariant()}");

            // Nothing may overflow sideways on a phone.
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{url} scrolls sideways at {width}px");
            await page.Context.CloseAsync();
        }
    }
}

/// <summary>The same journeys on PostgreSQL: its full-text search and highlighting behind the same pages.</summary>
[Collection(PostgresBrowserCollection.Name)]
public sealed class ReadingJourneyOnPostgresTests(PostgresBrowserApp app) : ReadingJourneys(app);
