using System.Net;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Lookup;

/// <summary>
/// The pages before any reference data is imported: they still work, with the brief's own
/// guidance to the official finders and the members' names typed by hand.
/// </summary>
public sealed class CongressWithoutDataPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClient(new() { AllowAutoRedirect = false });

    private static readonly (string Name, string? Value)[] Members =
    [
        ("typed[0].title", "Senator"), ("typed[0].name", "Maria Cantwell"),
        ("typed[1].title", "Senator"), ("typed[1].name", "Patty Murray"),
        ("typed[2].title", "Representative"), ("typed[2].name", "Pramila Jayapal"),
    ];

    [Fact]
    public async Task ThePage_ShowsTheOfficialFinders_AndAsksForTheMembersNames()
    {
        var (response, page) = await _client.GetPageAsync(SeedPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This site has no list of members of Congress yet", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        // The seed's guidance sends readers to another app: here the official finders take its place.
        Assert.Equal("How to find your members of Congress", page.QuerySelector(".guidance-heading")!.TextContent);
        Assert.DoesNotContain("app", page.QuerySelector(".guidance")!.TextContent, StringComparison.OrdinalIgnoreCase);
        var finders = page.QuerySelectorAll(".guidance a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://www.house.gov/representatives/find-your-representative", finders);
        Assert.Contains("https://www.senate.gov/senators/senators-contact.htm", finders);
        Assert.Null(page.QuerySelector("form.lookup-form"));

        var form = page.Form("form.details-form");
        Assert.Equal(["Senator", "Senator", "Representative"],
            form.QuerySelectorAll("select[name$='.title']").Cast<IHtmlSelectElement>().Select(s => s.Value));
        Assert.Equal(3, form.QuerySelectorAll("input[name$='.name']").Length);
        Assert.Null(form.QuerySelector("input[name=seat]"));
    }

    [Fact]
    public async Task ALookupWithoutData_StillOffersTheTypedNames()
    {
        var (_, page) = await _client.GetPageAsync($"{SeedPage}?zip=98103");

        Assert.NotNull(page.QuerySelector("form.details-form select[name='typed[0].title']"));
        Assert.Empty(page.QuerySelectorAll(".member"));
    }

    [Fact]
    public async Task TypedNames_GetLettersAddressedToEachByTitleAndSurname()
    {
        var page = await _client.LettersAsync(SeedPage, Members);

        Assert.Equal(["Dear Senator Cantwell,", "Dear Senator Murray,", "Dear Representative Jayapal,"],
            page.QuerySelectorAll("article.member-letter").Select(a => a.Body().Split('\n')[0]));
        var cantwell = page.Letter("Senator Maria Cantwell");
        Assert.EndsWith("Sincerely,\nDana Rivera\n4200 Fremont Ave N, Apt 3\nSeattle, WA 98103\ndana@example.org", cantwell.Body(), StringComparison.Ordinal);
        // Without data there is no contact form or phone to link: the official directories are offered, and the call script still helps.
        Assert.Null(cantwell.QuerySelector("a[data-contact-form]"));
        Assert.Contains("https://www.senate.gov/senators/senators-contact.htm", cantwell.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(cantwell.QuerySelector("a[href^='tel:']"));
        Assert.StartsWith("Hello, my name is Dana Rivera", cantwell.QuerySelector(".script")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href^='mailto:']"));
    }

    [Fact]
    public async Task ATypedNameWithASuffix_IsAddressedByTheSurname()
    {
        var page = await _client.LettersAsync(SeedPage, ("typed[0].title", "Senator"), ("typed[0].name", "Ben Ray Luján Jr."),
            ("typed[1].name", ""), ("typed[2].name", ""));

        var letter = Assert.Single(page.QuerySelectorAll("article.member-letter"));
        Assert.StartsWith("Dear Senator Luján,", letter.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtLeastOneName_IsNeeded()
    {
        var (_, page) = await _client.PostDetailsAsync(SeedPage);

        Assert.Equal("Type the name of at least one of your members of Congress, e.g. Maria Cantwell.", page.ErrorFor("f-typed-0-name"));
        Assert.Empty(page.QuerySelectorAll("article.member-letter"));
    }

    [Fact]
    public async Task ANameWithoutAKnownTitle_IsAskedAbout()
    {
        var (_, page) = await _client.PostDetailsAsync(SeedPage, ("typed[0].title", "King"), ("typed[0].name", "Maria Cantwell"));

        Assert.StartsWith("Choose how Maria Cantwell is addressed", page.ErrorFor("f-typed-0-title"), StringComparison.Ordinal);
    }
}
