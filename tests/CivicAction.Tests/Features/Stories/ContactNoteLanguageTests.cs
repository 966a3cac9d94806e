using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Stories;

/// <summary>The directory's note on an address a FOIA brief prints ("not a way to file") reads in the page's language.</summary>
public sealed class ContactNoteLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Seed = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport";

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url, string language)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return (await client.GetPageAsync(url)).Document;
    }

    [Fact]
    public async Task TheSeedsDhsAddress_IsNotAWayToFile_InEnglishAndInSpanish()
    {
        var english = await PageAsync(Seed, "en");
        var spanish = await PageAsync(Seed, "es");
        var draft = await PageAsync(Seed + "/actions/1/foia", "es");

        Assert.Equal("Not a way to file: the U.S. Department of Homeland Security generally no longer accepts FOIA requests by e-mail. File through https://www.dhs.gov/foia instead.",
            english.QuerySelector("#action-1 .contact-note")!.TextContent.Trim());
        Assert.Equal("No sirve para presentar la solicitud: por lo general, esta agencia (U.S. Department of Homeland Security) ya no acepta solicitudes de FOIA por correo electrónico. Preséntela en https://www.dhs.gov/foia.",
            spanish.QuerySelector("#action-1 .contact-note")!.TextContent.Trim());
        Assert.StartsWith("La noticia indica foia@hq.dhs.gov. No sirve para presentar la solicitud", draft.QuerySelector(".contact-notes")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
