using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A person calls their senators in Chromium: from the story's call action to a ZIP lookup, the script with their
/// name and city, the numbers to dial, and the outcome they record, kept in their browser and counted once by the
/// site; every page checked by axe in light and dark at phone and desktop widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CallJourneyTests(BrowserApp app)
{
    private const string Slug = "river-district-plans-to-lift-limits-on-farm-runoff";
    private const string Call = $"/stories/{Slug}/actions/1/call";

    [Fact]
    public async Task Person_LooksUpTheirSenatorsByZip_FillsTheScript_AndRecordsHowTheCallWent()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/stories/{Slug}");
        await page.Locator("#action-1").GetByRole(AriaRole.Link, new() { Name = "Make this call" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, Call).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Make this call");
        await app.CheckPageAsync(page, "call-1-lookup");

        await page.GetByLabel("ZIP code").FillAsync("05401");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my members" }).ClickAsync();
        await Expect(page.Locator("article.call-card h2")).ToHaveTextAsync(["Call Senator Bernard Sanders", "Call Senator Peter Welch"]);
        var sanders = page.Locator("article#call-S000033");
        await Expect(sanders.Locator(".phones a").First).ToHaveAttributeAsync("href", "tel:+12022245141");
        await Expect(sanders.Locator(".script")).ToContainTextAsync("Hi, my name is [Your Name] and I live in [Your City].");
        await app.CheckPageAsync(page, "call-2-members");

        await page.GetByLabel("Your name (optional)").FillAsync("Lee Park");
        await page.GetByLabel("Your city or town (optional)").FillAsync("Burlington");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill in the script" }).ClickAsync();
        await Expect(sanders.Locator(".script")).ToHaveTextAsync(
            "Hi, my name is Lee Park and I live in Burlington. I'm calling to ask Senator Sanders to defend the runoff limits on the Clearwater River.");
        await Expect(sanders.Locator(".voicemail li")).ToHaveTextAsync(["Say your name and ZIP code slowly.", "Leave a number staff can call back."]);

        // Recorded in the background: the filled-in script stays for the next call.
        await sanders.GetByLabel("Left a voicemail").CheckAsync();
        await sanders.GetByRole(AriaRole.Button, new() { Name = "Record this call to Senator Bernard Sanders" }).ClickAsync();
        await Expect(sanders.Locator(".call-status")).ToHaveTextAsync("Recorded: left a voicemail. Thank you: the call is counted once.");
        await sanders.GetByRole(AriaRole.Button, new() { Name = "Record this call to Senator Bernard Sanders" }).ClickAsync();
        await Expect(page.Locator("article#call-W000800 .script")).ToContainTextAsync("Lee Park");
        await app.CheckPageAsync(page, "call-3-recorded");

        // Coming back: the tick is where the person left it, and the site counted the call once.
        await page.GotoAsync($"{Call}?zip=05401");
        await Expect(page.Locator("article#call-S000033").GetByLabel("Left a voicemail")).ToBeCheckedAsync();
        await Expect(page.Locator("article#call-S000033 .call-status")).ToContainTextAsync("You recorded: left a voicemail");
        await Expect(page.Locator("p.call-count")).ToHaveTextAsync("1 call made through this site: left a voicemail (1).");
        await page.GotoAsync($"/stories/{Slug}");
        await Expect(page.Locator("#action-1 .call-count")).ToHaveTextAsync("1 call made through this site");
        await page.Context.CloseAsync();
    }
}
