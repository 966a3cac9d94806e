using System.Net;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.OfficialLetters;

/// <summary>
/// A letter to a state legislator from a brief written in Spanish: the letter is Spanish and marked so, signed in
/// Spanish, and there is no English letter to set a Spanish reading beside.
/// </summary>
public sealed class SpanishBriefLetterPageTests(SpanishSiteFactory site) : IClassFixture<SpanishSiteFactory>
{
    private const string Legislator = $"/stories/{SpanishSiteFactory.RiverSlug}/actions/4/letter";

    [Fact]
    public async Task TheLetter_IsSpanishThroughout_WithTheGreetingsBlankAskedFor()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US,es;q=0.9");
        var (_, form) = await client.GetPageAsync(Legislator);
        Assert.Equal(["Número del proyecto", "Nombre del legislador"], form.QuerySelectorAll(".extras label").Select(l => l.TextContent));

        var (response, page) = await client.SubmitForPageAsync(form.Form("form.official-form"), Legislator,
        [
            ("name", "Ana Lee"), ("street", "12 Mill Road"), ("city", "Clearwater"), ("state", "OR"), ("zip", "97001"),
            ("email", "ana@example.org"), ("extra[0]", "SB 214"), ("extra[1]", "senadora Ortiz"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (IHtmlTextAreaElement)page.QuerySelector("#letter-body")!;
        Assert.Equal("es", body.GetAttribute("lang"));
        Assert.StartsWith("Estimado/a senadora Ortiz:\n\nVivo en Clearwater", body.Value, StringComparison.Ordinal);
        Assert.Contains("\n\nAtentamente,\nAna Lee\n", body.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Cómo encontrar", body.Value, StringComparison.Ordinal); // the brief's guidance is for the reader
        Assert.Empty(page.QuerySelectorAll(".letter-in-spanish"));
        SpanishPagesTests.AssertNoEnglishOfTheSite((IHtmlDocument)page);
    }
}
