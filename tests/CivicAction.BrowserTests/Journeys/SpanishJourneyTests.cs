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

    [Fact]
    public async Task Person_InSpanish_FindsTheirMembers_AndGetsTheirLettersInEnglish_WithEverythingAroundThemInSpanish()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/language/es?return=" + Uri.EscapeDataString($"/stories/{SeedSlug}/actions/2/congress"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Escriba a sus miembros del Congreso");
        await BrowserApp.CheckAsync(page, "es-congress-lookup");

        await page.Locator("input[name=zip]").First.FillAsync("98103");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar a mis congresistas" }).ClickAsync();
        await Expect(page.Locator(".member h3")).ToHaveCountAsync(3);
        await BrowserApp.CheckAsync(page, "es-congress-details");

        await page.Locator("[name=firstName]").FillAsync("Ana");
        await page.Locator("[name=lastName]").FillAsync("Ejemplo");
        await page.Locator("[name=street]").FillAsync("4200 Fremont Ave N");
        await page.Locator("[name=city]").FillAsync("Seattle");
        await page.Locator("[name=email]").FillAsync("ana@example.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ver mis cartas" }).ClickAsync();

        var letters = page.Locator("article.member-letter");
        await Expect(letters).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cómo llegan sus cartas a las oficinas" })).ToBeVisibleAsync();
        // What goes to the office stays English, and says so to the browser and to screen readers.
        await Expect(letters.First.Locator("textarea")).ToHaveAttributeAsync("lang", "en");
        await Expect(letters.First.Locator("textarea")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Dear Senator"));
        await Expect(letters.First.GetByRole(AriaRole.Button, new() { Name = "Copiar la carta" })).ToBeVisibleAsync();
        // Beside it, before anything is sent: what the letter says, paragraph by paragraph, in Spanish.
        var reading = letters.First.Locator(".letter-in-spanish");
        await Expect(reading.Locator("summary")).ToHaveTextAsync("Lo que dice su carta, en español");
        await Expect(reading.Locator(".side-by-side-part[lang=es]").Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Estimado/a senador/a "));
        await Expect(reading.Locator(".side-by-side-part[lang=es]").Nth(2)).ToHaveTextAsync("Vivo en Seattle, WA 98103 y usted me representa en el Congreso.");
        await BrowserApp.CheckAsync(page, "es-congress-letters");
    }
}
