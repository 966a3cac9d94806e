using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A reader in Chromium writes a public comment up to the Regulations.gov limit (the live count, the refusal one
/// character over, the copy and the tracking number kept in the browser), then downloads a meeting's .ics; axe in
/// light and dark at 360 and 1280 px on each page.
/// </summary>
public sealed class CommentAndMeetingJourneyTests(FoiaBrowserApp app) : IClassFixture<FoiaBrowserApp>
{
    private const string Story = "/stories/river-district-plans-to-lift-limits-on-farm-runoff";

    [Fact]
    public async Task Reader_WritesACommentToTheLimit_AndKeepsTheTrackingNumber()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(Story + "/actions/3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Write your comment" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Write a public comment");
        await BrowserApp.CheckAsync(page, "comment");

        await page.GetByLabel("Your Role").FillAsync("guide");
        var fixedLength = "I am a guide on the Clearwater River. The proposed rule would remove limits that keep the river fishable. Please keep the runoff limits in docket EPA-HQ-OW-2026-0142.".Length + 2;
        var paragraph = page.GetByLabel("Your own paragraph (optional)");
        await paragraph.FillAsync(new string('x', 5000 - fixedLength + 1));
        await Expect(page.Locator("[data-count-text]")).ToHaveTextAsync("5,001 of 5,000 characters: 1 too many");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show my comment" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("Your comment is 5,001 characters: Regulations.gov takes at most 5,000.");
        await BrowserApp.CheckAsync(page, "comment-over-limit");

        await paragraph.FillAsync(new string('x', 5000 - fixedLength));
        await Expect(page.Locator("[data-count-text]")).ToHaveTextAsync("5,000 of 5,000 characters");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my comment" }).ClickAsync();
        await Expect(page.Locator(".composed .char-count")).ToHaveTextAsync("5,000 of 5,000 characters: it fits.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the comment" }).ClickAsync();
        Assert.Equal(await page.Locator("#composed-text").InputValueAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "open the docket on Regulations.gov" }))
            .ToHaveAttributeAsync("href", "https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142");

        await page.GetByLabel("Tracking number", new() { Exact = true }).FillAsync("m1a-2b3c-4d5e");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the tracking number" }).ClickAsync();
        await page.GotoAsync(Story + "/actions/3/comment");
        await Expect(page.GetByLabel("Tracking number", new() { Exact = true })).ToHaveValueAsync("m1a-2b3c-4d5e");
        await BrowserApp.CheckAsync(page, "comment-composed");
    }

    [Fact]
    public async Task Reader_DownloadsTheMeetingsCalendarFile()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(Story + "/actions/4");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan to attend" }).ClickAsync();
        await Expect(page.Locator("[data-meeting=date]")).ToHaveTextAsync("Thursday, March 19, 2026");
        await BrowserApp.CheckAsync(page, "attend");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Add to my calendar (.ics)" }).ClickAsync());
        Assert.Equal("meeting.ics", download.SuggestedFilename);
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\r\nDTSTART:20260319T180000\r\n", ics, StringComparison.Ordinal);

        await page.GetByLabel("Your Name").FillAsync("Dana Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my statement" }).ClickAsync();
        await Expect(page.Locator("#composed-text")).ToHaveValueAsync("My name is Dana Rivera. I ask the board to keep the runoff limits.");
        await BrowserApp.CheckAsync(page, "attend-statement");
    }
}
