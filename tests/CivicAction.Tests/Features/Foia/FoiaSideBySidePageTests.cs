using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Foia;

/// <summary>On the Spanish drafting page the preview sets each part of the English letter beside its Spanish rendering.</summary>
public sealed class FoiaSideBySidePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string DraftUrl = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PreviewAsync(string language)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", "lang=" + language);
        var (_, page) = await client.GetPageAsync(DraftUrl);
        return await HtmlClient.ParseAsync(await client.SubmitAsync(DraftUrl, page, "#foia-form", FoiaDraftPageTests.Requester, "button[formaction*='Preview']"));
    }

    [Fact]
    public async Task InSpanish_EachEnglishPartStandsBesideItsSpanishRendering()
    {
        var page = await PreviewAsync("es");

        var english = page.QuerySelectorAll(".side-by-side-part[lang=en]").Select(p => p.TextContent).ToList();
        var spanish = page.QuerySelectorAll(".side-by-side-part[lang=es]").Select(p => p.TextContent).ToList();
        Assert.True(english.Count >= 10, $"only {english.Count} parts");
        Assert.Equal(english.Count, spanish.Count);
        // The English column is the letter the agency receives, part for part.
        Assert.Equal(page.QuerySelector("#foia-preview .letter-text")!.TextContent, string.Join("\n\n", english));
        Assert.Contains(spanish, p => p.StartsWith("Conforme a la Ley de Libertad de Información (FOIA)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InEnglish_ThereIsNoSecondColumn()
    {
        Assert.Empty((await PreviewAsync("en")).QuerySelectorAll(".side-by-side"));
    }
}
