using CivicAction.BrowserTests.Support;
using CivicAction.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A person writes to their state legislator in Chromium: story -> "Write this letter" -> a message per missing field ->
/// the filled letter -> copy it -> the PDF, with axe in light and dark at desktop and phone widths on every page.
/// </summary>
public sealed class OfficialLetterJourneyTests(OfficialLetterBrowserApp app) : IClassFixture<OfficialLetterBrowserApp>
{
    [Fact]
    public async Task Constituent_WritesToAStateLegislator_CopiesTheLetter_AndDownloadsItToPrint()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/stories/{OfficialLetterBrowserApp.Slug}");
        var action = page.Locator("#action-5");
        // Each action's button leads to its own page, never back to its text: the call to the call page.
        await Expect(page.Locator("#action-1 .call-to-act a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/actions/1/call$"));
        await action.GetByRole(AriaRole.Link, new() { Name = "Write this letter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/stories/{OfficialLetterBrowserApp.Slug}/actions/5/letter").ToString());
        await Expect(page.Locator(".no-lookup")).ToContainTextAsync("This site does not look up state or local officials.");
        await Expect(page.Locator("a[data-finder]")).ToHaveAttributeAsync("href", "https://www.legislature.example.gov/find");
        await BrowserApp.CheckAsync(page, "official-form");

        await page.GetByLabel("Bill Number").FillAsync("SB 214");
        await page.GetByLabel("Full name").FillAsync("Ana Lee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letter" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Fill in “State Legislator Name”");
        await Expect(page.GetByLabel("Bill Number")).ToHaveValueAsync("SB 214");
        await BrowserApp.CheckAsync(page, "official-form-errors");

        await page.GetByLabel("State Legislator Name").FillAsync("Senator Maria Ortiz");
        await page.GetByLabel("Street address").FillAsync("12 Mill Road");
        await page.GetByLabel("City or town").FillAsync("Clearwater");
        await page.GetByLabel("State", new() { Exact = true }).SelectOptionAsync("OR");
        await page.GetByLabel("ZIP code").FillAsync("97001");
        await page.GetByLabel("E-mail address").FillAsync("ana@example.org");
        await page.GetByLabel("Why this matters to you (optional)").FillAsync("I fish the Clearwater every spring.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letter" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your letter");
        await Expect(page.Locator("#letter-subject")).ToHaveValueAsync("Please co-sponsor the Clean Rivers Act (SB 214)");
        var body = await page.Locator("#letter-body").InputValueAsync();
        Assert.StartsWith("Dear Senator Maria Ortiz,", body, StringComparison.Ordinal);
        Assert.EndsWith("Thank you,\nAna Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org", body, StringComparison.Ordinal);
        await Expect(page.Locator("a[href^='mailto:']")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy letter" }).ClickAsync();
        await Expect(page.Locator(".official-letter .copy-status")).ToHaveTextAsync("Letter copied.");
        Assert.Equal(body, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await BrowserApp.CheckAsync(page, "official-letter");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the letter to print (PDF)" }).ClickAsync());
        var pdf = PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!)).Text;
        Assert.Contains("Dear Senator Maria Ortiz,", pdf, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
