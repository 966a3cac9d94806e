using System.Text.RegularExpressions;
using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// On a new install run by a registered CWC delivery agent, a person goes from the story to a letter the office receives:
/// their members from the shipped data, their own edit of the letter, "Send it for me", the e-mailed link, and the
/// private page that shows CWC's receipt in the person's time; every page checked by axe.
/// </summary>
[Collection(CwcBrowserCollection.Name)]
public sealed partial class CwcJourneyTests(CwcBrowserApp app)
{
    private const string Slug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    private const string Postscript = "P.S. My cousin was among the men sent to CECOT; please find out where he is.";

    [Fact]
    public async Task Person_GoesFromTheStory_ToALetterAcceptedByCwc_AsTheyEditedIt()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/stories/{Slug}");
        await page.Locator("#action-2").GetByRole(AriaRole.Link, new() { Name = "Write this letter" }).ClickAsync();
        await page.GetByLabel("ZIP code").FillAsync("98103");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my members" }).ClickAsync();
        await Expect(page.Locator(".member h3")).ToHaveTextAsync(["Senator Patty Murray", "Senator Maria Cantwell", "Representative Pramila Jayapal"]);

        await page.GetByLabel("Title").SelectOptionAsync("Ms.");
        await page.GetByLabel("First name").FillAsync("Dana");
        await page.GetByLabel("Last name").FillAsync("Rivera");
        await page.GetByLabel("Street address").FillAsync("4200 Fremont Ave N");
        await page.GetByLabel("City or town").FillAsync("Seattle");
        await page.GetByLabel("E-mail address").FillAsync("dana@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letters" }).ClickAsync();
        await Expect(page.Locator(".how-letters-reach")).ToContainTextAsync("Communicating with Congress");
        await BrowserApp.CheckAsync(page, "cwc-1-letters");

        var cantwell = page.Locator("article[data-member='C000127']");
        var letter = cantwell.GetByLabel("Letter", new() { Exact = true });
        var edited = await letter.InputValueAsync() + "\n\n" + Postscript;
        await letter.FillAsync(edited);
        await cantwell.GetByRole(AriaRole.Button, new() { Name = "Send it for me (letter to Senator Maria Cantwell)" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/letters/[A-Za-z0-9_-]{43}$"));
        await Expect(page.Locator(".sent-letter .status")).ToHaveTextAsync("Waiting for your confirmation");
        Assert.Empty(app.Cwc.Received); // nothing reaches CWC before the person confirms
        await BrowserApp.CheckAsync(page, "cwc-2-waiting");

        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains("dana@example.org"));
        await page.GotoAsync(ConfirmPath().Match(mail.Message.TextBody ?? "").Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();

        var post = await app.Cwc.WaitForAsync(p => p.Status == 200);
        Assert.Empty(post.Problems);
        Assert.Equal("SWA00", post.Value("Recipient/MemberOffice"));
        Assert.Equal(("Ms.", "Dana", "Rivera", "98103"),
            (post.Value("Constituent/Prefix"), post.Value("Constituent/FirstName"), post.Value("Constituent/LastName"), post.Value("Constituent/Zip")));
        Assert.Equal(edited.ReplaceLineEndings("\n"), post.Value("Message/ConstituentMessage"));

        // The outbox records CWC's answer a moment later: the private page says so once reloaded.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        do
        {
            await page.ReloadAsync();
        }
        while (await page.Locator(".sent-letter .status").TextContentAsync() != "Accepted by CWC" && DateTime.UtcNow < deadline);
        await Expect(page.Locator(".sent-letter .status")).ToHaveTextAsync("Accepted by CWC");
        await Expect(page.Locator(".sent-letter")).ToContainTextAsync(new Regex(@"Accepted by Communicating with Congress on \w+ \d+, \d{4} at \d+:\d\d [AP]M \(Los Angeles time\)"));
        await BrowserApp.CheckAsync(page, "cwc-3-accepted");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/letters/[A-Za-z0-9_-]{43}/confirm/[A-Za-z0-9_-]{43}")]
    private static partial Regex ConfirmPath();
}
