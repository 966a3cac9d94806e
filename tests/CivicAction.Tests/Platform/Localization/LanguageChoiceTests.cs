using System.Net;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Tests.Platform.Localization;

/// <summary>Which language a page is in: the person's choice (a link, then a cookie), else Accept-Language, else English.</summary>
public sealed class LanguageChoiceTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";

    [Theory]
    [InlineData(null, "en")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("es", "es")]
    [InlineData("es-MX,es;q=0.9,en;q=0.5", "es")]
    [InlineData("fr-FR, es;q=0.8, en;q=0.7", "es")] // the first language the site speaks
    [InlineData("en;q=0.4, es;q=0.9", "es")] // by weight, not by order
    [InlineData("es;q=0, en", "en")] // "not Spanish"
    [InlineData("fr, de", "en")]
    [InlineData("@@@;q=x", "en")] // unreadable: the default
    public async Task WithoutAChoice_AcceptLanguageDecides(string? acceptLanguage, string expected)
    {
        var page = await GetAsync("/", acceptLanguage: acceptLanguage);

        Assert.Equal(expected, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected == "es" ? "Noticias para pasar a la acción" : "Stories to act on", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheChoice_BeatsAcceptLanguage()
    {
        Assert.Equal("en", (await GetAsync("/", acceptLanguage: "es", cookie: "en")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("es", (await GetAsync("/", acceptLanguage: "en", cookie: "es")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("es", (await GetAsync("/", acceptLanguage: "es", cookie: "klingon")).DocumentElement.GetAttribute("lang")); // an unknown value is no choice
    }

    [Fact]
    public async Task EveryPage_LinksToTheOtherLanguage_KeepingThePageAndItsQuery()
    {
        var english = await GetAsync("/search?q=FOIA&page=1");
        var link = english.QuerySelector("header nav a[hreflang=es]")!;
        Assert.Equal("Español", link.TextContent);
        Assert.Equal("es", link.GetAttribute("lang"));
        Assert.Equal("/language/es?return=%2Fsearch%3Fq%3DFOIA%26page%3D1", link.GetAttribute("href"));

        var spanish = await GetAsync("/tags", cookie: "es");
        var back = spanish.QuerySelector("header nav a[hreflang=en]")!;
        Assert.Equal("English", back.TextContent);
        Assert.Equal("/language/en?return=%2Ftags", back.GetAttribute("href"));
    }

    [Fact]
    public async Task FollowingTheLink_RemembersTheChoice_AndGoesBackToThePage()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var chosen = await client.GetAsync(new Uri("/language/es?return=%2Fsearch%3Fq%3DFOIA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/search?q=FOIA", chosen.Headers.Location!.OriginalString);
        var cookie = Assert.Single(chosen.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("lang=es;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);

        var page = await HtmlClient.ParseAsync(await client.GetAsync(new Uri("/search?q=FOIA", UriKind.Relative)));
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Buscar noticias", page.QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task TheReturnAddress_IsAlwaysAPageOfThisSite(string target)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri($"/language/es?return={Uri.EscapeDataString(target)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnUnknownLanguage_IsNotFound_AndSetsNothing()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/language/fr?return=%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ACachedPage_IsKeptOncePerLanguage()
    {
        // The story page is output-cached: each language must get its own copy, however often the other was asked for.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("Key points", (await GetAsync($"/stories/{SeedSlug}")).QuerySelector("#key-points")!.TextContent);
            Assert.Equal("Puntos clave", (await GetAsync($"/stories/{SeedSlug}", acceptLanguage: "es")).QuerySelector("#key-points")!.TextContent);
        }
    }

    [Fact]
    public async Task DatesAndNumbers_FollowTheLanguage()
    {
        Assert.Equal("November 26, 2025", (await GetAsync($"/stories/{SeedSlug}")).QuerySelector("article time")!.TextContent);
        var spanish = await GetAsync($"/stories/{SeedSlug}", cookie: "es");
        Assert.Equal("26 de noviembre de 2025", spanish.QuerySelector("article time")!.TextContent);
        Assert.Equal("2025-11-26", spanish.QuerySelector("article time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task TheBriefFormatsOwnKindsOfAction_AreNamedInTheReadersLanguage()
    {
        var badges = (await GetAsync("/", cookie: "es")).QuerySelectorAll(".badge").Select(b => b.TextContent).ToHashSet();

        Assert.Contains("Comentario público", badges);
        Assert.Contains("Acción cívica", badges);
        Assert.Contains("Public comment", (await GetAsync("/")).QuerySelectorAll(".badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task ResponsesSayTheirLanguage_AndThatItDependsOnTheRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/tags", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("es");
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(["es"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/stories/a-b?page=2#x", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil", false)]
    [InlineData("/a\r\nSet-Cookie: x=1", false)]
    [InlineData("evil", false)]
    [InlineData(null, false)]
    public void OwnPaths(string? path, bool own) => Assert.Equal(own, LanguageEndpoint.IsOwnPath(path));

    private async Task<IHtmlDocument> GetAsync(string url, string? acceptLanguage = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{SiteLanguages.Cookie}={cookie}");
        }

        return await HtmlClient.ParseAsync(await factory.CreateClient().SendAsync(request));
    }
}
