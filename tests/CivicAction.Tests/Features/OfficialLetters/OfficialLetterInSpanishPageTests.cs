using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CivicAction.Core.Letters;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.OfficialLetters;

/// <summary>The letter to a state legislator, asked for from a Spanish page: the English letter beside what it says in Spanish.</summary>
public sealed class OfficialLetterInSpanishPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Legislator = "/stories/river-district-plans-to-lift-limits-on-farm-runoff/actions/5/letter";

    private async Task<IDocument> LetterAsync(string language)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", "lang=" + language);
        var (_, form) = await client.GetPageAsync(Legislator);
        var (response, page) = await client.SubmitForPageAsync(form.Form("form.official-form"), Legislator,
        [
            ("name", "Ana Lee"), ("street", "12 Mill Road"), ("city", "Clearwater"), ("state", "OR"), ("zip", "97001"),
            ("email", "ana@example.org"), ("extra[0]", "SB 214"), ("extra[1]", "Senator Maria Ortiz"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [Fact]
    public async Task InSpanish_TheLetterStandsBesideWhatItSays_TheTypedGreetingAndTheClosingRendered()
    {
        var page = await LetterAsync("es");

        var english = page.QuerySelectorAll(".letter-in-spanish .side-by-side-part[lang=en]").Select(p => p.TextContent).ToList();
        var spanish = page.QuerySelectorAll(".letter-in-spanish .side-by-side-part[lang=es]").Select(p => p.TextContent).ToList();
        Assert.Equal(((IHtmlTextAreaElement)page.QuerySelector("#letter-body")!).Value, string.Join("\n\n", english[1..^1]) + "\n" + english[^1]);
        Assert.Equal(
            ["Asunto: Please co-sponsor the Clean Rivers Act (SB 214)", "Estimado/a senador/a Maria Ortiz:", LetterInSpanish.TemplateNote, "Gracias,",
                "Ana Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org"],
            spanish);
        Assert.Equal("en", page.QuerySelector("#letter-body")!.GetAttribute("lang")); // the letter itself is marked English
    }

    [Fact]
    public async Task InEnglish_ThereIsNoSecondColumn()
    {
        Assert.Empty((await LetterAsync("en")).QuerySelectorAll(".letter-in-spanish"));
    }
}
