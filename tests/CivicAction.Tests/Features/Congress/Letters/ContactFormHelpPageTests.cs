using AngleSharp.Dom;
using CivicAction.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// Next to "Open the contact form", what that office's form asks for (from the contact-congress data): the fields in
/// plain words, the titles and topics it accepts, the phone, the date of the description, and the person's own
/// values with a copy button each, escaped like everything else they typed.
/// </summary>
public sealed class ContactFormHelpPageTests(CongressSite site) : IClassFixture<CongressSite>
{
    private const string Seattle = $"{SeedPage}?zip=98103";

    private static IElement Help(IDocument page, string member) => page.Letter(member).QuerySelector("section.form-help")!;

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Value(IElement help, string label) =>
        help.QuerySelectorAll(".form-value").SingleOrDefault(v => v.QuerySelector("dt")!.TextContent == label)?.QuerySelector(".form-value-text")?.TextContent;

    /// <summary>The site on a given day, for the age of the descriptions.</summary>
    private HttpClient On(string day) =>
        site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(
            new ManualClock(DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture))))).CreateClient();

    [Fact]
    public async Task ASenatorsCard_SaysWhatTheFormAsksFor_InPlainWords_WithTheTopicsAndTheDate()
    {
        var page = await On("2024-06-01").LettersAsync(Seattle);
        var murray = Help(page, "Senator Patty Murray");
        var text = Text(murray);

        Assert.Equal("What this office's form asks for", murray.QuerySelector("h4")!.TextContent);
        Assert.Contains("It requires your first name, last name, street address, city, ZIP code, phone number, e-mail address, topic, subject and message.", text, StringComparison.Ordinal);
        Assert.Contains("It requires a phone number.", text, StringComparison.Ordinal);
        Assert.Equal("The 41 topics it offers", Text(murray.QuerySelector("details.form-topics summary")!));
        Assert.StartsWith("Choose the closest to your letter: Abortion; Aging; Agriculture;", Text(murray.QuerySelector("details.form-topics p")!), StringComparison.Ordinal);
        Assert.Contains("The description of this form is from February 23, 2024, from the contact-congress project.", text, StringComparison.Ordinal);
        Assert.Null(murray.QuerySelector(".stale"));
        Assert.DoesNotContain("$", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".yaml", text, StringComparison.Ordinal);

        // Its neighbour's form takes a title: the choices it accepts are listed.
        Assert.Contains("The titles it accepts: Mr., Mrs., Ms., Miss.", Text(Help(page, "Senator Maria Cantwell")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachValueTheFormAsksFor_IsShownWithACopyButton_LabelledForThatField()
    {
        var page = await On("2024-06-01").LettersAsync(Seattle);
        var murray = Help(page, "Senator Patty Murray");

        Assert.Equal("Dana", Value(murray, "First name"));
        Assert.Equal("Rivera", Value(murray, "Last name"));
        Assert.Equal("4200 Fremont Ave N, Apt 3", Value(murray, "Street address"));
        Assert.Equal("Seattle", Value(murray, "City"));
        Assert.Equal("98103", Value(murray, "ZIP code"));
        Assert.Equal("dana@example.org", Value(murray, "E-mail address"));
        Assert.Equal(page.Letter("Senator Patty Murray").Subject(), Value(murray, "Subject"));
        Assert.Contains("Not in your details", murray.QuerySelectorAll(".form-value").Single(v => v.QuerySelector("dt")!.TextContent == "Phone number").TextContent, StringComparison.Ordinal);

        var buttons = murray.QuerySelectorAll("button[data-copy-value]");
        Assert.Equal(["Copy first name", "Copy last name", "Copy street address", "Copy city", "Copy ZIP code", "Copy e-mail address", "Copy subject", "Copy message"],
            buttons.Select(b => Text(b)));
        Assert.All(buttons, b => Assert.True(b.HasAttribute("hidden"))); // shown by the script; the text is there without it
        Assert.All(buttons.Take(7), b => Assert.NotNull(page.GetElementById(b.GetAttribute("data-copy-value")!)));
        // The letter as shown (and edited) in its box: the button's target is that box.
        Assert.Equal("TEXTAREA", page.GetElementById(buttons[^1].GetAttribute("data-copy-value")!)?.TagName);
        Assert.Equal("f-edits-M001111-body", buttons[^1].GetAttribute("data-copy-value"));
        Assert.Equal("polite", murray.QuerySelector(".form-copy-status")!.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/contact-form.js']"));
    }

    [Fact]
    public async Task AHostileName_IsShownAsText_NeverAsMarkup()
    {
        var page = await On("2024-06-01").LettersAsync(Seattle, ("firstName", "<script>alert(1)</script>"), ("lastName", "<b>Rivera</b>"));
        var murray = Help(page, "Senator Patty Murray");

        Assert.Equal("<script>alert(1)</script>", Value(murray, "First name"));
        Assert.Equal("<b>Rivera</b>", Value(murray, "Last name"));
        Assert.Empty(murray.QuerySelectorAll("script, b"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src")));
    }

    [Fact]
    public async Task ADescriptionOlderThanAYear_SaysTheOfficeMayHaveChangedItsForm()
    {
        var page = await On("2026-12-01").LettersAsync(Seattle);

        var stale = Help(page, "Senator Patty Murray").QuerySelector(".stale")!;
        Assert.Equal("The office may have changed its form since February 23, 2024; fill in what it asks for.", Text(stale));
        // A House office's form, described in 2023 and with a CAPTCHA.
        var jayapal = Text(Help(page, "Representative Pramila Jayapal"));
        Assert.Contains("The office may have changed its form since January 3, 2023", jayapal, StringComparison.Ordinal);
        Assert.Contains("It asks you to prove you are a person (a CAPTCHA)", jayapal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWithoutADescription_HasNoSection_AndAHouseMemberWithoutAFormAddress_IsSentToTheWebsitesContactPage()
    {
        // GA-14: contact-congress has no file for Representative Fuller, and the data no form address.
        var page = await On("2024-06-01").LettersAsync($"{SeedPage}?state=GA&district=14", ("state", "GA"), ("zip", "30165"), ("city", "Rome"));

        var fuller = page.QuerySelectorAll("article.member-letter").Single(a => a.GetAttribute("data-member") == "F000485");
        Assert.Null(fuller.QuerySelector("section.form-help"));
        Assert.Contains("Use the contact page on the member's website", fuller.QuerySelector(".delivery-option")!.TextContent, StringComparison.Ordinal);
    }
}
