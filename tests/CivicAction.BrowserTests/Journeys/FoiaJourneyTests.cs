using System.Text.RegularExpressions;
using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using CivicAction.Tests.Support;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A requester in Chromium: story -> FOIA action -> fill -> live preview -> save -> send for me ->
/// confirm from the e-mail -> sent -> tracking page, with axe on every page.
/// </summary>
public abstract partial class FoiaJourneys(FoiaBrowserApp app)
{
    private async Task CheckAsync(IPage page, string name)
    {
        if (!app.ChecksMarkup)
        {
            return;
        }

        await Accessibility.AssertNoViolationsAsync(page);
        await BrowserApp.SaveScreenshotAsync(page, "foia-" + name);
    }

    [Fact]
    public async Task Requester_DraftsPreviewsConfirmsAndSends_ThenFollowsTheRequest()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/stories/land-bureau-plans-to-sell-grazing-parcels-near-walla-walla");
        await page.GetByRole(AriaRole.Link, new() { Name = "Draft this FOIA request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Draft your FOIA request");
        await Expect(page.Locator(".plan")).ToContainTextAsync("blm_foia@blm.gov");
        await CheckAsync(page, "draft");

        await page.GetByLabel("Full name").FillAsync("Ann Example");
        await page.GetByLabel("E-mail address", new() { Exact = true }).FillAsync("ann@example.test");
        await page.GetByLabel("Postal address").FillAsync("12 Main Street\nWalla Walla, WA 99362");

        // The live preview follows the typing, without pressing Preview.
        await Expect(page.Locator("#foia-preview .letter-text")).ToContainTextAsync("Walla Walla, WA 99362");
        await Expect(page.Locator("#foia-preview .letter-text")).ToContainTextAsync("Ann Example");
        await CheckAsync(page, "draft-filled");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TrackingPage());
        await Expect(page.Locator(".notice-success")).ToContainTextAsync("bookmark");
        await CheckAsync(page, "tracking-saved");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send it for me" }).ClickAsync();
        await Expect(page.Locator(".notice-success")).ToContainTextAsync("We sent a confirmation link to ann@example.test");
        await Expect(page.Locator(".delivery-status")).ToContainTextAsync("Waiting for you");

        var confirmation = await app.Smtp.WaitForAsync(m => m.Recipients.Contains("ann@example.test") && (m.Message.Subject ?? "").StartsWith("Please confirm", StringComparison.Ordinal));
        var link = ConfirmLink().Match(confirmation.Message.TextBody ?? "").Value;
        await page.GotoAsync(link);
        await CheckAsync(page, "confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();
        await Expect(page.Locator(".notice-success")).ToContainTextAsync("your address is confirmed");

        var letter = await app.Smtp.WaitForAsync(m => m.Recipients.Contains("blm_foia@blm.gov"));
        Assert.Contains("Walla Walla, WA 99362", letter.Message.TextBody, StringComparison.Ordinal);
        // The server has the letter; the worker records "sent" a moment later, which a reload shows.
        await Poll.UntilAsync(async () =>
        {
            await page.ReloadAsync();
            return (await page.Locator(".delivery-status").TextContentAsync() ?? "").Contains("Sent to", StringComparison.Ordinal);
        }, what: () => "the page never said the letter was sent");

        await Expect(page.Locator(".delivery-status")).ToContainTextAsync("Sent to blm_foia@blm.gov");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("sent by CivicAction for you");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Answer due");
        await CheckAsync(page, "tracking-sent");
    }

    [Fact]
    public async Task Requester_ToDhs_IsHandedToThePortal_WithTheLetterCopied()
    {
        var page = await app.NewPageAsync(360, 780);
        await page.GotoAsync("/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia");
        await Expect(page.Locator(".plan")).ToContainTextAsync("web portal");
        await page.GetByLabel("Full name").FillAsync("Ben Example");
        await page.GetByLabel("E-mail address", new() { Exact = true }).FillAsync("ben@example.test");
        await page.GetByLabel("Postal address").FillAsync("1 Elm Street\nAlbany, NY 12207");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TrackingPage());
        await CheckAsync(page, "tracking-portal-phone");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send it for me" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the U.S. Department of Homeland Security FOIA portal" }))
            .ToHaveAttributeAsync("href", "https://www.dhs.gov/foia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the letter" }).ClickAsync();
        await Expect(page.Locator("#copy-status")).ToContainTextAsync("Copied");
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("Ben Example", clipboard, StringComparison.Ordinal);
        Assert.Contains("Freedom of Information Act, 5 U.S.C. § 552", clipboard, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://\S+/confirm/\S+")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"/requests/[A-Za-z0-9_-]{43}\?done=saved$")]
    private static partial Regex TrackingPage();
}

public sealed class FoiaJourneyTests(FoiaBrowserApp app) : FoiaJourneys(app), IClassFixture<FoiaBrowserApp>;

/// <summary>The same journeys on PostgreSQL: the draft, the held confirmation and the delivery through its outbox.</summary>
public sealed class FoiaJourneyOnPostgresTests(PostgresFoiaBrowserApp app) : FoiaJourneys(app), IClassFixture<PostgresFoiaBrowserApp>;
