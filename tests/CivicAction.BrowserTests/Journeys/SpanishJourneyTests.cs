using CivicAction.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivicAction.BrowserTests.Journeys;

/// <summary>
/// A reader who prefers Spanish, in Chromium: switches the site to Spanish from the layout's link, reads a story, drafts
/// its FOIA request with the Spanish labels, and meets a missing page; axe on every page, in light and dark, desktop and
/// phone, with screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpanishJourneyTests(BrowserApp app)
{
    private const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";

    [Fact]
    public async Task Reader_SwitchesToSpanish_ReadsAStory_AndDraftsItsFoiaRequest()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/search?q=DHS");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // The switch keeps the page and its query.
        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/search?q=DHS").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Buscar noticias");
        await BrowserApp.CheckAsync(page, "es-search");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Noticias para pasar a la acción");
        await BrowserApp.CheckAsync(page, "es-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "DOJ admits DHS Secretary Noem" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Lo que usted puede hacer" })).ToBeVisibleAsync();
        await Expect(page.Locator("article time").First).ToHaveTextAsync("26 de noviembre de 2025");
        await BrowserApp.CheckAsync(page, "es-story");

        await page.GetByRole(AriaRole.Link, new() { Name = "Redactar esta solicitud de FOIA" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/stories/{SeedSlug}/actions/1/foia").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Redacte su solicitud de FOIA");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Procesamiento acelerado" })).ToBeVisibleAsync();
        await page.GetByLabel("Nombre completo").FillAsync("Ana Ejemplo");
        await page.GetByLabel("Correo electrónico", new() { Exact = true }).FillAsync("ana@example.test");
        await page.GetByLabel("Dirección postal").FillAsync("12 Main Street\nAlbany, NY 12207");
        // The live preview follows the typing; the letter itself stays in English.
        await Expect(page.Locator("#foia-preview .letter-text")).ToContainTextAsync("Ana Ejemplo");
        await Expect(page.Locator("#foia-preview .letter-text")).ToContainTextAsync("Freedom of Information Act");
        await Expect(page.Locator("#foia-preview .letter-text")).ToHaveAttributeAsync("lang", "en");
        await BrowserApp.CheckAsync(page, "es-foia-draft");

        await page.GotoAsync("/no-such-page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No se encontró la página");
        await BrowserApp.CheckAsync(page, "es-404");

        // And back: the choice is remembered until the person changes it.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
