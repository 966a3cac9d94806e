using System.Net;
using AngleSharp.Dom;
using CivicAction.Core.Letters;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// On the Spanish letters page each member's English letter stands beside what it says in Spanish, paragraph by
/// paragraph, before anything is sent; an edited letter says why it has no such reading; an English page has none.
/// </summary>
public sealed class CongressLetterInSpanishPageTests(CongressSite site) : IClassFixture<CongressSite>
{
    private const string Seattle = $"{SeedPage}?zip=98103";

    private HttpClient Client(string language)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", "lang=" + language);
        return client;
    }

    private static List<string> Column(IElement letter, string language) =>
        letter.QuerySelectorAll($".letter-in-spanish .side-by-side-part[lang={language}]").Select(p => p.TextContent).ToList();

    [Fact]
    public async Task EachMembersLetter_StandsBesideItsSpanishReading_ParagraphForParagraph()
    {
        var page = await Client("es").LettersAsync(Seattle);

        var cantwell = page.Letter("Senador/a Maria Cantwell");
        var english = Column(cantwell, "en");
        var spanish = Column(cantwell, "es");
        Assert.Equal(english.Count, spanish.Count);
        // The English column is what the office receives: the subject, then the letter in the box, paragraph for paragraph.
        Assert.Equal("Subject: " + cantwell.Subject(), english[0]);
        Assert.Equal(cantwell.Body(), string.Join("\n\n", english[1..^1]) + "\n" + english[^1]); // the signature sits under its closing
        Assert.Equal("Asunto: Oversight of DHS deportations to El Salvador's CECOT prison", spanish[0]);
        Assert.Equal("Estimado/a senador/a Cantwell:", spanish[1]);
        Assert.Equal("Vivo en Seattle, WA 98103 y usted me representa en el Congreso.", spanish[2]);
        // The template's paragraphs, one after another, share one note beside them.
        var template = english[spanish.IndexOf(LetterInSpanish.TemplateNote)];
        Assert.Single(spanish, t => t == LetterInSpanish.TemplateNote);
        Assert.StartsWith("I'm writing to demand immediate Congressional oversight", template, StringComparison.Ordinal);
        Assert.Contains("\n\nKey concerns:\n- ", template, StringComparison.Ordinal);
        Assert.Contains("\n\nMy request: Please support committee investigations", template, StringComparison.Ordinal);
        Assert.Equal("Atentamente,", spanish[^2]);
        Assert.StartsWith("Dana Rivera\n4200 Fremont Ave N", spanish[^1], StringComparison.Ordinal);
        Assert.All(cantwell.QuerySelectorAll(".side-by-side-note"), note => Assert.Equal(LetterInSpanish.TemplateNote, note.TextContent));
        Assert.Equal("Estimado/a representante Jayapal:", Column(page.Letter("Representante Pramila Jayapal"), "es")[1]);
        SpanishPagesTests.AssertNoEnglishOfTheSite((AngleSharp.Html.Dom.IHtmlDocument)page);
    }

    [Fact]
    public async Task AnEditedLetter_SaysItGoesAsThePersonLeftIt_InsteadOfAReadingThatNoLongerMatches()
    {
        var client = Client("es");
        var letters = await client.LettersAsync(Seattle);
        var keep = letters.QuerySelectorAll("#letter-form-C000127 button[type=submit]").Single(b => b.TextContent == "Guardar mis cambios");

        var (response, page) = await client.PressForPageAsync(keep, SeedPage,
            [("edits[C000127].subject", "CECOT"), ("edits[C000127].body", "Dear Senator Cantwell,\n\nMis propias palabras.\n\nDana Rivera")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cantwell = page.Letter("Senador/a Maria Cantwell");
        Assert.Empty(Column(cantwell, "es"));
        Assert.StartsWith("Usted cambió esta carta", cantwell.QuerySelector(".letter-in-spanish .hint")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(Column(page.Letter("Senador/a Patty Murray"), "es")); // the others are still as drafted
    }

    [Fact]
    public async Task ThePersonsOwnParagraph_StandsInBothColumnsAsText_NeverAsMarkup()
    {
        const string Hostile = "Mi hijo <img src=x onerror=alert(1)> fue detenido.";
        var page = await Client("es").LettersAsync(Seattle, ("personal", Hostile));

        var cantwell = page.Letter("Senador/a Maria Cantwell");
        Assert.Contains(Hostile, Column(cantwell, "en"));
        Assert.Contains(Hostile, Column(cantwell, "es"));
        Assert.Empty(cantwell.QuerySelectorAll(".letter-in-spanish img"));
    }

    [Fact]
    public async Task InEnglish_TheLetterHasNoSecondColumn()
    {
        var page = await Client("en").LettersAsync(Seattle);

        Assert.Empty(page.QuerySelectorAll(".letter-in-spanish"));
    }
}
