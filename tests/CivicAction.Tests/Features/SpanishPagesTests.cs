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
        $"/stories/{SpanishSiteFactory.RiverSlug}/actions/1/comment",
        $"/stories/{SpanishSiteFactory.RiverSlug}/actions/2/attend",
        $"/stories/{SpanishSiteFactory.RiverSlug}/actions/3/attend",
        $"/stories/{SpanishSiteFactory.RiverSlug}/actions/4/letter",
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

    /// <summary>
    /// The appeal page of a request saved from the Spanish drafting page, after the agency withheld records under two
    /// exemptions and refused the fee waiver: its texts are all Spanish, the letters stay English, and the request page's
    /// summary of the appeal (the only part of that page this walk covers) is Spanish too.
    /// </summary>
    [Fact]
    public async Task TheAppealPage_ReadsInSpanish_WithTheLettersInEnglish()
    {
        var client = SpanishClient();
        var draft = $"/stories/{SpanishSiteFactory.StorySlug}/actions/1/foia";
        var (_, form) = await client.GetPageAsync(draft);
        var saved = await client.SubmitAsync(draft, form, "#foia-form", new Dictionary<string, string?>
        {
            ["Form.FullName"] = "Ana Ejemplo",
            ["Form.Email"] = "ana@example.test",
            ["Form.PostalAddress"] = "12 Main Street\nSpringfield, IL 62701",
            ["Form.RecordsDescription"] = "Every federal grant to the county's libraries since January 1, 2024.",
            ["Form.Context"] = "",
            ["Form.FeeWaiverRequested"] = "true",
            ["Form.FeeWaiverJustification"] = "The records show how the Department of Education funds county libraries. I will publish them on my website for the public, and I will not make money from them.",
        }, "button[formaction*='Save']");
        var url = saved.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(url.StartsWith("/requests/", StringComparison.Ordinal), (await HtmlClient.ParseAsync(saved)).QuerySelector("#error-summary")?.TextContent);
        await RecordTickingAsync(client, url, "Submitted", new() { ["Input.On"] = "2026-02-02", ["Input.Via"] = "EmailApp" });
        await RecordTickingAsync(client, url, "Answered", new() { ["Input.On"] = "2026-03-02", ["Input.Outcome"] = "PartlyDenied" }, "ans-b5", "ans-b6", "ans-fee-waiver");

        var appeal = await SpanishPageAsync(url + "/appeal");

        AssertNoEnglishOfTheSite(appeal);
        Assert.Equal(3, appeal.QuerySelectorAll("section.appeal").Length);
        Assert.Contains("Retenido por la exención 5: memorandos internos", appeal.QuerySelector("#grounds")!.TextContent, StringComparison.Ordinal);
        Assert.All(appeal.QuerySelectorAll("section.appeal pre"), pre => Assert.Equal("en", pre.GetAttribute("lang")));
        var (_, request) = await client.GetPageAsync(url);
        Assert.StartsWith("La respuesta de la agencia se puede apelar por 3 motivos", request.QuerySelector(".appeal-summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    private static async Task RecordTickingAsync(HttpClient client, string url, string handler, Dictionary<string, string?> values, params string[] ticked)
    {
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        form.Id = "target";
        foreach (var id in ticked)
        {
            ((IHtmlInputElement)page.GetElementById(id)!).IsChecked = true;
        }

        var response = await client.SubmitAsync(url, page, "#target", values);
        Assert.True(response.IsSuccessStatusCode, $"{handler}: {response.StatusCode}");
    }

    /// <summary>"My requests": the form, its one answer, and the page a link that is unknown or expired opens.</summary>
    [Theory]
    [InlineData("/requests/mine")]
    [InlineData("/requests/mine?sent=true")]
    [InlineData("/requests/mine/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk")]
    public async Task TheMyRequestsPages_ReadInSpanish(string url)
    {
        var (_, page) = await SpanishClient().GetPageAsync(url);

        AssertNoEnglishOfTheSite(page);
        Assert.Contains("solicitudes de FOIA", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// A FOIA request's private page in Spanish, through its states: saved, sent by post (an estimated receipt and its
    /// note), a question from the agency (the clock paused), an acknowledgement with unusual circumstances and the wrong
    /// office, an answer; each form's findings; and the page of an agency that takes e-mail.
    /// </summary>
    [Fact]
    public async Task APrivateRequestPage_InEachOfItsStates_HasNoEnglishTextOfTheSite()
    {
        var client = SpanishClient();
        var url = await SaveSpanishRequestAsync(client, agencyKey: null);
        var sent = Washington().AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var asked = Washington().AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var done in new[] { "saved", "saved-emailed", "confirm", "confirmed", "recorded" })
        {
            AssertNoEnglishOfTheSite((await client.GetPageAsync($"{url}?done={done}")).Document);
        }

        var refused = await RecordAsync(client, url, "Submitted", []);
        Assert.Contains("Escriba la fecha en que la envió.", refused.QuerySelector(".error-summary-inline")!.TextContent, StringComparison.Ordinal);
        AssertNoEnglishOfTheSite(refused);
        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "Submitted", [("Input.On", "2999-01-01"), ("Input.Via", "Post")]));

        var posted = await RecordAsync(client, url, "Submitted", [("Input.On", sent), ("Input.Via", "Post")]);
        Assert.Contains("Recibida por la agencia (fecha calculada)", posted.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(posted.QuerySelector(".clock-notes"));
        AssertNoEnglishOfTheSite(posted);

        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "Question", [("Input.On", asked)]));
        var paused = await RecordAsync(client, url, "Question", [("Input.On", asked), ("Input.Reason", "Information")]);
        Assert.Contains("Detenido desde el", paused.QuerySelector(".clock-notes")!.TextContent, StringComparison.Ordinal);
        AssertNoEnglishOfTheSite(paused);
        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "QuestionAnswered", []));
        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "QuestionAnswered", [("Input.On", asked)]));

        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "Acknowledged",
            [("Input.On", asked), ("Input.UnusualCircumstances", "true"), ("Input.Misrouted", "true"), ("Input.ReceivedOn", "2000-01-01")]));
        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "Acknowledged",
            [("Input.On", asked), ("Input.UnusualCircumstances", "true"), ("Input.Misrouted", "true"), ("Input.TrackingNumber", "ED-2026-1")]));
        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "Delete", []));
        AssertNoEnglishOfTheSite(await RecordAsync(client, url, "Answered", [("Input.On", asked), ("Input.Outcome", "Granted")]));

        AssertNoEnglishOfTheSite((await client.GetPageAsync(await SaveSpanishRequestAsync(client, agencyKey: "DOJ"))).Document);
    }

    private static DateOnly Washington() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "America/New_York"));

    /// <summary>Saves the Spanish story's FOIA request (to the agency of <paramref name="agencyKey"/>, else the brief's); its private page's address.</summary>
    private static async Task<string> SaveSpanishRequestAsync(HttpClient client, string? agencyKey)
    {
        var draft = $"/stories/{SpanishSiteFactory.StorySlug}/actions/1/foia";
        var (_, form) = await client.GetPageAsync(draft);
        var changes = new Dictionary<string, string?>
        {
            ["Form.FullName"] = "Ana Ejemplo",
            ["Form.Email"] = "ana@example.test",
            ["Form.PostalAddress"] = "12 Main Street\nSpringfield, IL 62701",
            ["Form.RecordsDescription"] = "Copies of every federal grant awarded to the county's public libraries, with the grant agreements and reports.",
            ["Form.Context"] = "", // the brief's sample text, with its blank to fill in
            ["Form.QuestionsText"] = "",
            ["Form.DateRangeFrom"] = "2024-01-01",
            ["Form.ToPresent"] = "true",
        };
        if (agencyKey is not null)
        {
            changes["Form.AgencyKey"] = agencyKey;
        }

        var saved = await client.SubmitAsync(draft, form, "#foia-form", changes, "button[formaction*='Save']");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(saved.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/requests/", StringComparison.Ordinal),
            (await HtmlClient.ParseAsync(saved)).QuerySelector("#error-summary")?.TextContent);
        return saved.RequestMessage.RequestUri.AbsolutePath;
    }

    /// <summary>Sends one of the private page's forms (by its handler) with <paramref name="values"/>; the page that comes back.</summary>
    private static async Task<IHtmlDocument> RecordAsync(HttpClient client, string url, string handler, IEnumerable<(string Name, string? Value)> values)
    {
        var (_, page) = await client.GetPageAsync(url);
        var form = (IHtmlFormElement)page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        var (_, answer) = await client.SubmitForPageAsync(form, url, values);
        return answer;
    }

    /// <summary>
    /// The comment, meeting and official-letter forms sent in Spanish: empty (every finding in Spanish), then filled in (the
    /// composed text, the letter and its ways to send it).
    /// </summary>
    [Theory]
    [InlineData("1/comment", ".composer-form", "Llene “Su ocupación”: va dentro del texto.")]
    [InlineData("2/attend", ".composer-form", "Llene “Su nombre”: va dentro del texto.")]
    [InlineData("4/letter", ".official-form", "Escriba su nombre: la carta se firma con él.")]
    public async Task AFormOfTheRiverStory_SentEmptyThenFilled_AnswersInSpanish(string action, string form, string finding)
    {
        var client = SpanishClient();
        var url = $"/stories/{SpanishSiteFactory.RiverSlug}/actions/{action}";
        var (_, page) = await client.GetPageAsync(url);

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(url, page, form, new Dictionary<string, string?>()));
        Assert.Contains(refused.QuerySelectorAll("#error-summary li"), li => li.TextContent.Trim() == finding);
        AssertNoEnglishOfTheSite(refused);

        var filled = page.QuerySelectorAll($"{form} input[name^='values['], {form} input[name^='extra[']")
            .ToDictionary(i => i.GetAttribute("name")!, _ => (string?)"Ana");
        foreach (var (name, value) in new Dictionary<string, string?>
        {
            ["name"] = "Ana Ejemplo", ["street"] = "12 Calle Olmo", ["city"] = "Springfield", ["state"] = "IL", ["zip"] = "62701",
            ["email"] = "ana@example.test", ["personal"] = "Pesco en este río con mis hijos.",
        })
        {
            filled[name] = value;
        }

        var composed = await HtmlClient.ParseAsync(await client.SubmitAsync(url, page, form, filled));
        Assert.Null(composed.QuerySelector("#error-summary"));
        Assert.NotNull(composed.QuerySelector("#composed-text, #letter-body"));
        AssertNoEnglishOfTheSite(composed);
    }

    [Fact]
    public async Task TheDistrictOfColumbia_TakesItsArticle_InSpanish()
    {
        var text = ReadableText(await SpanishPageAsync(Congress("?zip=20001")));

        Assert.Contains("distrito único del Distrito de Columbia", text, StringComparison.Ordinal);
        Assert.Contains("El Distrito de Columbia no tiene senadores", text, StringComparison.Ordinal);
        Assert.DoesNotContain("de Distrito de Columbia", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLettersToCongress_FromASpanishTemplate_AreSpanishThroughout_TheSitesOwnWordsToo()
    {
        var client = SpanishClient();
        var (response, page) = await client.PostDetailsAsync(Congress("?zip=98103"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var letters = page.QuerySelectorAll("article.member-letter");
        Assert.True(letters.Length == 3, string.Join(" | ", page.QuerySelectorAll(".field-check, .notice, label").Select(e => e.TextContent.Trim())));
        Assert.Equal("Sus cartas", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent == "Cómo entregarla");
        // The brief's template is Spanish, so the greeting, the closing and the script the site writes are Spanish too,
        // and the page says so; there is no English letter to read beside a Spanish rendering.
        Assert.All(letters, l => Assert.Equal("es", l.QuerySelector("textarea")!.GetAttribute("lang")));
        Assert.All(letters, l => Assert.Equal("es", l.QuerySelector("blockquote.script")!.GetAttribute("lang")));
        var body = ((AngleSharp.Html.Dom.IHtmlTextAreaElement)letters[0].QuerySelector("textarea")!).Value;
        Assert.StartsWith("Estimado/a senador/a Murray:\n\nVivo en Seattle y le pido", body, StringComparison.Ordinal);
        Assert.Contains("\n\nAtentamente,\nDana Rivera\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sincerely", body, StringComparison.Ordinal);
        Assert.StartsWith("Hola, me llamo Dana Rivera y vivo en Seattle, WA 98103.", letters[0].QuerySelector("blockquote.script")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".letter-in-spanish"));
        Assert.EndsWith("así que la carta va en español.", letters[0].QuerySelector(".hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(letters[0].QuerySelectorAll(".delivery p"), p => p.TextContent.EndsWith("Podría decir, en español como lo escribe el artículo:", StringComparison.Ordinal));
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
        Assert.Contains(page.QuerySelectorAll("#error-summary li"), li => li.TextContent.StartsWith("Su dirección está en Oregón, pero los congresistas que buscó representan a Washington", StringComparison.Ordinal));
        AssertNoEnglishOfTheSite((IHtmlDocument)page);
    }

    /// <summary>
    /// The call page in Spanish: the call to a number, the lookup form, a ZIP with members (their numbers, the brief's
    /// Spanish script and a Spanish voicemail), the name that does not fit, an outcome sent without a choice, then one recorded and counted.
    /// </summary>
    [Fact]
    public async Task TheCallPage_InSpanish_WithMembersAndAnOutcomeRecorded_HasNoEnglishTextOfTheSite()
    {
        var client = SpanishClient();
        var call = $"/stories/{SpanishSiteFactory.RiverSlug}/actions/5/call";
        AssertNoEnglishOfTheSite(await SpanishPageAsync($"/stories/{SpanishSiteFactory.StorySlug}/actions/3/call"));
        AssertNoEnglishOfTheSite(await SpanishPageAsync(call));

        var (_, page) = await client.GetPageAsync(call + "?zip=98103");
        var cards = page.QuerySelectorAll("article.call-card");
        Assert.Equal(3, cards.Length);
        Assert.Equal("Haga esta llamada", page.QuerySelector("h1")!.TextContent);
        // The brief is Spanish: its script is marked so, and the voicemail the site writes around it is Spanish too.
        Assert.All(cards, c => Assert.Equal("es", c.QuerySelector("blockquote.script")!.GetAttribute("lang")));
        Assert.StartsWith("Hola, me llamo [Su nombre] y vivo en [Su ciudad].", cards[0].QuerySelector("q")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(" Gracias.", cards[0].QuerySelector("q")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(cards[0].QuerySelectorAll(".phones .contact-kind"), k => k.TextContent == "Oficina en Washington");
        Assert.StartsWith("Llamada a la oficina: Senador/a ", cards[0].QuerySelector("h2")!.TextContent, StringComparison.Ordinal); // no bare "a Senador/a"
        Assert.Equal("Quedó registrado: {0}. Gracias: la llamada se cuenta una sola vez.", page.QuerySelector("script[src*='calls.js']")!.GetAttribute("data-recorded"));
        AssertNoEnglishOfTheSite((IHtmlDocument)page);

        var (_, tooLong) = await client.SubmitForPageAsync(page.Form("form.caller-form"), call, [("name", new string('a', 101))]);
        Assert.Contains(tooLong.QuerySelectorAll("#error-summary li"), li => li.TextContent.Trim() == "Su nombre tiene 101 caracteres: en un guion caben 100 como máximo.");
        AssertNoEnglishOfTheSite(tooLong);

        var outcome = page.Form($"#{cards[0].Id} form.call-outcome");
        var (_, unchosen) = await client.SubmitForPageAsync(outcome, call, []);
        Assert.StartsWith("Elija cómo le fue en la llamada", unchosen.QuerySelector(".notice[role=alert]")!.TextContent, StringComparison.Ordinal);
        AssertNoEnglishOfTheSite(unchosen);

        var (_, recorded) = await client.SubmitForPageAsync(outcome, call, [("outcome", "leftvoicemail")]);
        Assert.StartsWith("Quedó registrado: dejó un mensaje de voz.", recorded.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 llamada hecha a través de este sitio: dejó un mensaje de voz (1).", recorded.QuerySelector(".call-count")!.TextContent);
        AssertNoEnglishOfTheSite(recorded);
        AssertNoEnglishOfTheSite(await SpanishPageAsync($"/stories/{SpanishSiteFactory.RiverSlug}/actions/5"));
    }
}
