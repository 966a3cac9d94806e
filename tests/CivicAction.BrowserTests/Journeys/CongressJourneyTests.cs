using System.Text.RegularExpressions;
using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A person writes to their members of Congress in Chromium: from the story's e-mail action to
/// a ZIP that crosses a state line, their district, their details, the letters, and each office's
/// contact form; every page checked by axe in light and dark at phone and desktop widths.
/// </summary>
public abstract partial class CongressJourneys(BrowserApp app)
{
    private const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    private const string Write = $"/stories/{SeedSlug}/actions/2/congress";

    private async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
            Permissions = javaScript ? ["clipboard-read", "clipboard-write"] : [],
        });
        // The members' own sites are outside the test: a stand-in answers for them.
        await context.RouteAsync(new Regex(@"^https://[^/]+\.(senate|house)\.gov/"), route =>
            route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!DOCTYPE html><title>Contact form</title><h1>Contact form</h1>" }));
        return await context.NewPageAsync();
    }

    private static async Task FillDetailsAsync(IPage page)
    {
        await page.GetByLabel("First name").FillAsync("Robin");
        await page.GetByLabel("Last name").FillAsync("Okafor");
        await page.GetByLabel("Street address").FillAsync("12 Main St");
        await page.GetByLabel("City or town").FillAsync("Rome");
        await page.GetByLabel("E-mail address").FillAsync("robin@example.org");
    }

    [Fact]
    public async Task Person_GoesFromTheStory_ThroughTheirZipAndDistrict_ToALetterInTheContactForm()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"/stories/{SeedSlug}");
        await page.Locator("#action-2").GetByRole(AriaRole.Link, new() { Name = "Write this letter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, Write).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Write to your members of Congress");
        await app.CheckPageAsync(page, "congress-1-lookup");

        // A mistyped ZIP is answered next to the field, keeping what was typed.
        await page.GetByLabel("ZIP code").FillAsync("3016");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my members" }).ClickAsync();
        await Expect(page.Locator("#f-zip-error")).ToContainTextAsync("'3016' has 4 digits");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await app.CheckPageAsync(page, "congress-2-zip-error");

        await page.GetByLabel("ZIP code").FillAsync("30165");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my members" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Radio).First).Not.ToBeCheckedAsync();
        await app.CheckPageAsync(page, "congress-3-districts");

        await page.GetByLabel("Georgia's 14th district").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".member h3")).ToHaveTextAsync(["Senator Jon Ossoff", "Senator Raphael G. Warnock", "Representative Clay Fuller"]);
        await Expect(page.Locator(".data-as-of")).ToContainTextAsync("data as of June 15, 2026");
        await Expect(page.GetByLabel("State", new() { Exact = true })).ToHaveValueAsync("GA");
        await Expect(page.GetByLabel("ZIP code")).ToHaveValueAsync("30165");
        await app.CheckPageAsync(page, "congress-4-members");

        await FillDetailsAsync(page);
        await page.GetByLabel("Remember my name, address and e-mail in this browser").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letters" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your letters");
        await Expect(page.Locator("article.member-letter")).ToHaveCountAsync(3);
        await app.CheckPageAsync(page, "congress-5-letters");

        var ossoff = page.Locator("article[data-member='O000174']");
        var letter = await ossoff.Locator("textarea").InputValueAsync();
        Assert.StartsWith("Dear Senator Ossoff,\n", letter, StringComparison.Ordinal);
        Assert.EndsWith("Robin Okafor\n12 Main St\nRome, GA 30165\nrobin@example.org", letter, StringComparison.Ordinal);

        await ossoff.GetByRole(AriaRole.Button, new() { Name = "Copy letter" }).ClickAsync();
        await Expect(ossoff.Locator(".copy-status")).ToHaveTextAsync("Letter copied. Paste it into the contact form.");
        Assert.Equal(letter, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // What Ossoff's form asks for, with the person's own values to copy one by one.
        var help = ossoff.Locator("section.form-help");
        await Expect(help.GetByRole(AriaRole.Heading, new() { Name = "What this office's form asks for" })).ToBeVisibleAsync();
        await help.GetByText("Your answers for this form, to copy one by one").ClickAsync();
        await help.GetByRole(AriaRole.Button, new() { Name = "Copy first name" }).ClickAsync();
        await Expect(help.Locator(".form-copy-status")).ToHaveTextAsync("Copied your first name. Paste it into the form.");
        Assert.Equal("Robin", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await help.ScrollIntoViewIfNeededAsync();
        await app.CheckPageAsync(page, "congress-5b-contact-form-help");

        var form = ossoff.GetByRole(AriaRole.Link, new() { Name = "Open the contact form of Senator Jon Ossoff (opens in a new tab)" });
        await Expect(form).ToHaveAttributeAsync("href", "https://www.ossoff.senate.gov/contact-us/");
        var popup = await page.RunAndWaitForPopupAsync(() => form.ClickAsync());
        await Expect(popup).ToHaveURLAsync("https://www.ossoff.senate.gov/contact-us/");
        await popup.CloseAsync();

        // Fuller's office publishes no contact form address: the website is offered for what it is.
        await Expect(page.Locator("article[data-member='F000485'] a[data-contact-form]")).ToHaveAttributeAsync("href", "https://fuller.house.gov");
        await Expect(page.Locator("article[data-member='F000485'] a[href^='tel:']")).ToHaveAttributeAsync("href", "tel:+12022255211");

        // The checklist is kept in this browser and shown when the person comes back.
        await ossoff.GetByLabel("Sent through the contact form").CheckAsync();
        await page.GotoAsync(Write);
        await Expect(page.Locator(".checklist-summary li")).ToHaveTextAsync(
            [new Regex(@"^Senator Jon Ossoff: contact form \([A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d\s?[AP]M\)$")]);

        // So are the details, because the person asked: the next lookup's form is filled in.
        await page.GetByLabel("ZIP code").FillAsync("30165");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my members" }).ClickAsync();
        await page.GetByLabel("Alabama's 3rd district").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Robin");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Okafor");
        await Expect(page.GetByLabel("State", new() { Exact = true })).ToHaveValueAsync("AL"); // what the lookup knows is never overwritten
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget my saved details" }).ClickAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('civicaction.details.v1')"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Person_AsksTheSiteToSend_ConfirmsTheirAddress_AndFollowsTheLetterOnTheirPrivatePage()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{Write}?zip=30165");
        await page.GetByLabel("Georgia's 14th district").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await FillDetailsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letters" }).ClickAsync();

        await page.GetByLabel("Senator Jon Ossoff", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for me" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/letters/[A-Za-z0-9_-]{43}$"));
        await Expect(page.Locator(".sent-letter .status")).ToHaveTextAsync("Waiting for your confirmation");
        await Expect(page.Locator(".notice")).ToContainTextAsync("We sent a link to robin@example.org");
        await app.CheckPageAsync(page, "congress-6-private-page");

        // The link the person would find in their mailbox, read from the outbox.
        var path = ConfirmPath().Match(ConfirmationBody()).Value;
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" })).ToBeVisibleAsync();
        await app.CheckPageAsync(page, "congress-7-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();
        await Expect(page.Locator(".sent-letter .status")).ToHaveTextAsync("Sending");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my details and these letters" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Your details were deleted");
        await app.CheckPageAsync(page, "congress-8-deleted");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_TheLettersStillCome_AndTheTextIsThereToSelect()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync($"{Write}?state=VT&district=0");
        await Expect(page.GetByText("Remember my name, address and e-mail in this browser")).ToBeHiddenAsync();
        await page.GetByLabel("First name").FillAsync("Lee");
        await page.GetByLabel("Last name").FillAsync("Park");
        await page.GetByLabel("Street address").FillAsync("12 Elm St");
        await page.GetByLabel("City or town").FillAsync("Burlington");
        await page.GetByLabel("ZIP code").FillAsync("05401");
        await page.GetByLabel("E-mail address").FillAsync("lee@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my letters" }).ClickAsync();

        var letters = page.Locator("article.member-letter");
        await Expect(letters).ToHaveCountAsync(3);
        await Expect(letters.Nth(2).Locator("textarea")).ToHaveValueAsync(new Regex("^Dear Representative Balint,"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy letter" })).ToHaveCountAsync(0);
        await Expect(letters.Nth(0).GetByLabel("Called")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private string ConfirmationBody()
    {
        return app.Store.QueryScalar<string>(
            "SELECT body FROM outbox_messages WHERE purpose = 'confirmation' AND to_address = 'robin@example.org' ORDER BY id DESC LIMIT 1");
    }

    [GeneratedRegex("/letters/[A-Za-z0-9_-]{43}/confirm/[A-Za-z0-9_-]{43}")]
    private static partial Regex ConfirmPath();
}

[Collection(BrowserCollection.Name)]
public sealed class CongressJourneyTests(BrowserApp app) : CongressJourneys(app);

/// <summary>The same journeys on PostgreSQL: the held confirmation, the outbox and the private page on the other store.</summary>
[Collection(PostgresBrowserCollection.Name)]
public sealed class CongressJourneyOnPostgresTests(PostgresBrowserApp app) : CongressJourneys(app);
