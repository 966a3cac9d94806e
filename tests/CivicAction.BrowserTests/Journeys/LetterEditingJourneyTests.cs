using CivicAction.BrowserTests.Support;
using CivicAction.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A person makes a letter their own in Chromium: rewrites one member's letter, is told about a blank left in it, changes
/// another member's letter and presses a button elsewhere (the script carries both edits), then prints the letter for a
/// district office and gets a PDF of what they wrote.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LetterEditingJourneyTests(BrowserApp app)
{
    private const string Write = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/2/congress";
    private const string Mine = "Dear Senator Ossoff,\n\nI am writing in my own words: Congress must find out where the men sent to CECOT are.\n\nRobin Okafor";

    [Fact]
    public async Task Person_RewritesALetter_FixesTheBlankTheyLeft_AndPrintsWhatTheyWrote()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{Write}?zip=30165");
        await page.GetByLabel("Georgia's 14th district").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("First name").FillAsync("Robin");
        await page.GetByLabel("Last name").FillAsync("Okafor");
        await page.GetByLabel("Street address").FillAsync("12 Main St");
        await page.GetByLabel("City or town").FillAsync("Rome");
        await page.GetByLabel("E-mail address").FillAsync("robin@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letters" }).ClickAsync();

        var ossoff = page.Locator("article[data-member='O000174']");
        var warnock = page.Locator("article[data-member='W000790']");
        await ossoff.GetByLabel("Letter", new() { Exact = true }).FillAsync("Dear Senator Ossoff,\n\nI live in [Your Town].");
        await ossoff.GetByRole(AriaRole.Button, new() { Name = "Download the letter to print (PDF) for Senator Jon Ossoff" }).ClickAsync();
        await Expect(page.Locator("#f-edits-O000174-body-error")).ToContainTextAsync("Replace the blank [Your Town] in the letter");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await app.CheckPageAsync(page, "congress-edit-1-blank-left");

        // One member's letter changed, then another member's button pressed: both versions are kept.
        ossoff = page.Locator("article[data-member='O000174']");
        warnock = page.Locator("article[data-member='W000790']");
        await ossoff.GetByLabel("Letter", new() { Exact = true }).FillAsync(Mine);
        await warnock.GetByLabel("Subject").FillAsync("Where are the men sent to CECOT?");
        await page.Locator("article[data-member='F000485']").GetByRole(AriaRole.Button, new() { Name = "Keep my changes" }).ClickAsync();
        await Expect(page.Locator("article[data-member='O000174'] textarea")).ToHaveValueAsync(Mine);
        await Expect(page.Locator("article[data-member='W000790']").GetByLabel("Subject")).ToHaveValueAsync("Where are the men sent to CECOT?");
        await Expect(page.Locator(".edited-note")).ToHaveCountAsync(2);
        await app.CheckPageAsync(page, "congress-edit-2-kept");

        ossoff = page.Locator("article[data-member='O000174']");
        await ossoff.GetByLabel("Address it to").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var office = await ossoff.GetByLabel("Address it to").Locator("option:checked").TextContentAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            ossoff.GetByRole(AriaRole.Button, new() { Name = "Download the letter to print (PDF) for Senator Jon Ossoff" }).ClickAsync());
        Assert.Equal("letter-to-ossoff.pdf", download.SuggestedFilename);
        var pdf = PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!)).Text;
        Assert.Contains("I am writing in my own words", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("Hart Senate Office Building", pdf, StringComparison.Ordinal);
        var city = office!.Split(" district office", StringSplitOptions.None)[0];
        Assert.Contains($"{city}, GA ", pdf, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
