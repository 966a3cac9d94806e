using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features;

/// <summary>
/// Every localised page, opened in Spanish over a site whose briefs are all in Spanish: no English text of the site's
/// resources may be left on it (a missing Spanish text, an English fallback, a string still written in the page), and no
/// resource key may show instead of its text.
/// </summary>
public sealed partial class SpanishPagesTests(SpanishSiteFactory factory) : IClassFixture<SpanishSiteFactory>
{
    /// <summary>
    /// English texts that may appear on a Spanish page, each with its reason. Dates and times are patterns, not words.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["SharedStrings:Date.Long"] = "a date pattern (MMMM d, yyyy), not a text",
        ["SharedStrings:Date.LongWithDay"] = "a date pattern, not a text",
        ["SharedStrings:Time.Utc"] = "a time pattern, not a text",
        ["SharedStrings:Time.Local"] = "a time pattern, not a text",
    };

    public static TheoryData<string> Pages() =>
    [
        "/",
        "/?page=2",
        "/search",
        "/search?q=biblioteca",
        "/search?q=junta",
        "/search?q=zzzzqqq",
        "/search?q=%22%22",
        "/tags",
        "/tags/bibliotecas",
        $"/stories/{SpanishSiteFactory.StorySlug}",
        $"/stories/{SpanishSiteFactory.StorySlug}/actions/1",
        $"/stories/{SpanishSiteFactory.StorySlug}/actions/2",
        $"/stories/{SpanishSiteFactory.StorySlug}/actions/3",
        $"/stories/{SpanishSiteFactory.StorySlug}/actions/1/foia",
        Congress(""),
        Congress("?zip=98103"),
        Congress("?zip=91711"),
        Congress("?zip=91711&choose=true"),
        Congress("?zip=30165"),
        Congress("?zip=20001"),
        Congress("?zip=05401"),
        Congress("?zip=00000"),
        Congress("?zip=12"),
        Congress("?state=WA&district=7"),
        Congress("?state=WA&district=99"),
        Congress("?state=VT&district=3"),
        Congress("?state=PR&district=0"),
        Congress("?typed=true"),
        "/requests/deleted",
        "/no-such-page",
        "/error/400",
        "/error/405",
        "/error/413",
        "/error/429",
        "/error/500",
    ];

    /// <summary>The page that writes to Congress for the Spanish story's letter action, with a lookup's query.</summary>
    private static string Congress(string query) => $"/stories/{SpanishSiteFactory.StorySlug}/actions/2/congress{query}";

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageInSpanish_HasNoEnglishTextOfTheSite(string url)
    {
        AssertNoEnglishOfTheSite(await SpanishPageAsync(url));
    }

    /// <summary>The walk's check, for other tests that open a page in Spanish.</summary>
    internal static void AssertNoEnglishOfTheSite(IHtmlDocument page)
    {
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var text = ReadableText(page);
        var leftInEnglish = EnglishTexts()
            .Where(t => t.Fragments.Any(f => Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(f)}(?!\w)")))
            .Select(t => t.Key);
        Assert.Empty(leftInEnglish);
        var keysShown = ResourceTexts.All().SelectMany(s => s.English.Keys).Distinct().Where(k => text.Contains(k, StringComparison.Ordinal));
        Assert.Empty(keysShown);
    }

    [Fact]
    public async Task AFoiaFormSentEmpty_AnswersInSpanish_WithEveryFindingInSpanish()
    {
        var url = $"/stories/{SpanishSiteFactory.StorySlug}/actions/1/foia";
        var client = SpanishClient();
        var (_, form) = await client.GetPageAsync(url);
        var changes = new Dictionary<string, string?> { ["Form.RecordsDescription"] = "", ["Form.FeeWaiverRequested"] = "true", ["Form.ExpeditedRequested"] = "true" };

        var response = await client.SubmitAsync(url, form, "#foia-form", changes, "button[formaction*='Save']");
        var page = await HtmlClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Corrija lo siguiente antes de guardar", page.QuerySelector("#error-summary-title")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".field-check .check-kind"), k => k.TextContent == "Corrija:");
        Assert.Contains(page.QuerySelectorAll("#error-summary li"), li => li.TextContent.StartsWith("Escriba su nombre completo", StringComparison.Ordinal));
        Assert.Equal("en", page.QuerySelector(".letter-text")!.GetAttribute("lang")); // the letter itself stays in English
        AssertNoEnglishOfTheSite(page);
    }

    [Fact]
    public async Task TheWalk_SeesTheSpanishTexts_SoItWouldSeeEnglishOnes()
    {
        // The check above is only as good as the text it reads: the story page's Spanish headings must be in it.
        var text = ReadableText(await SpanishPageAsync($"/stories/{SpanishSiteFactory.StorySlug}"));

        Assert.Contains("Lo que usted puede hacer", text, StringComparison.Ordinal);
        Assert.Contains("Redactar esta solicitud de FOIA", text, StringComparison.Ordinal);
        Assert.Contains("Acción 1:", text, StringComparison.Ordinal); // an accessibility label
        Assert.Contains("3 de marzo de 2026", text, StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> SpanishPageAsync(string url)
    {
        var (response, page) = await SpanishClient().GetPageAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK || url.Contains("error", StringComparison.Ordinal) || url == "/no-such-page", $"{url}: {response.StatusCode}");
        return page;
    }

    /// <summary>A browser whose first language is Spanish (it keeps cookies, so forms carry their antiforgery cookie).</summary>
    private HttpClient SpanishClient()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US,es;q=0.9");
        return client;
    }

    /// <summary>What a person reads or hears in Spanish: the title, the body's text, the labels, placeholders and descriptions.</summary>
    private static string ReadableText(IHtmlDocument page)
    {
        // What the page itself marks as English (the letter that goes to the agency, the "English" switch link) is meant to be.
        foreach (var english in page.QuerySelectorAll("body [lang]").Where(e => e.GetAttribute("lang") != "es").ToList())
        {
            english.Remove();
        }

        var attributes = page.All
            .SelectMany(e => e.Attributes.Where(a => a.Name is "aria-label" or "placeholder" or "title" or "alt" || (e.LocalName == "meta" && a.Name == "content" && IsText(e))))
            .Select(a => a.Value);
        return string.Join("\n", [page.Title ?? "", page.Body!.TextContent, .. attributes]);
    }

    /// <summary>The description and the titles a share card shows; not og:url or og:type, which are addresses and keywords.</summary>
    private static bool IsText(AngleSharp.Dom.IElement meta) =>
        meta.GetAttribute("name") == "description" || meta.GetAttribute("property") is "og:title" or "og:description";

    private static IEnumerable<(string Key, IReadOnlyList<string> Fragments)> EnglishTexts() =>
        ResourceTexts.All()
            .SelectMany(set => set.English.Select(e => (Key: $"{set.Name}:{e.Key}", Value: e.Value)))
            .Where(t => !Allowed.ContainsKey(t.Key))
            .Select(t => (t.Key, (IReadOnlyList<string>)[.. ResourceTexts.Fragments(t.Value).Where(f => f.Count(char.IsLetter) >= 4)]))
            .Where(t => t.Item2.Count > 0);

    [Fact]
    public async Task TheLettersToCongress_InSpanish_HaveNoEnglishTextOfTheSite_ButTheLettersStayInEnglish()
    {
        var client = SpanishClient();
        var (response, page) = await client.PostDetailsAsync(Congress("?zip=98103"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var letters = page.QuerySelectorAll("article.member-letter");
        Assert.True(letters.Length == 3, string.Join(" | ", page.QuerySelectorAll(".field-check, .notice, label").Select(e => e.TextContent.Trim())));
        Assert.Equal("Sus cartas", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent == "Cómo entregarla");
        Assert.All(letters, l => Assert.Equal("en", l.QuerySelector("textarea")!.GetAttribute("lang")));
        Assert.All(letters, l => Assert.Equal("en", l.QuerySelector("blockquote.script")!.GetAttribute("lang")));
        // What the scripts write (copied, forgotten, the checklist's ways) comes from the page, in Spanish too.
        Assert.Equal("Carta copiada. Péguela en el formulario de contacto.", page.QuerySelector("script[src*='congress.js']")!.GetAttribute("data-copied-letter"));
        Assert.Equal("Se copió: {0}. Péguelo en el formulario.", page.QuerySelector("script[src*='contact-form.js']")!.GetAttribute("data-copied"));
        AssertNoEnglishOfTheSite((IHtmlDocument)page);
    }

    [Fact]
    public async Task TheLetterDetails_SentWithMistakes_AnswerInSpanish_EveryFindingToo()
    {
        var client = SpanishClient();
        var (response, page) = await client.PostDetailsAsync(Congress("?zip=98103"),
            ("firstName", ""), ("email", "dana@"), ("phone", "12"), ("state", "OR"), ("personal", "Mi [historia]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hay un problema", page.QuerySelector("#error-summary-title")!.TextContent);
        Assert.StartsWith("Corrija: Escriba su nombre:", Regex.Replace(page.QuerySelector("#f-firstName-error")!.TextContent, @"\s+", " ").Trim(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#error-summary li"), li => li.TextContent.StartsWith("“dana@” no es una dirección", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("#error-summary li"), li => li.TextContent.StartsWith("Su dirección está en Oregon, pero los congresistas que buscó representan a Washington", StringComparison.Ordinal));
        AssertNoEnglishOfTheSite((IHtmlDocument)page);
    }
}
