using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Comments;

/// <summary>The public comment page over the real pipeline: the composer, the Regulations.gov limit, the download, the docket.</summary>
public sealed class CommentPageTests(ComposerSite site) : IClassFixture<ComposerSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private static string Page => $"/stories/{ComposerSite.RiverSlug}/actions/3/comment";

    [Fact]
    public async Task TheStorysCommentAction_LeadsToTheCommentPage()
    {
        var (_, action) = await _client.GetPageAsync($"/stories/{ComposerSite.RiverSlug}/actions/3");

        Assert.Equal(Page, action.QuerySelector(".call-to-act a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ThePage_AsksForTheBlank_InvitesAParagraph_CountsAndLinksTheDocket()
    {
        var (response, page) = await _client.GetPageAsync(Page);

        response.EnsureSuccessStatusCode();
        Assert.Equal("Your Role", page.QuerySelector("label[for=f-values-0]")!.TextContent);
        Assert.NotNull(page.QuerySelector("textarea[name=personal]"));
        Assert.Contains("of 5,000 characters", page.QuerySelector("[data-live-count]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142", page.QuerySelector("[data-docket-link]")!.GetAttribute("href"));
        Assert.Equal("EPA-HQ-OW-2026-0142", page.QuerySelector(".docket-id")!.TextContent);
        Assert.Contains("What to include", page.QuerySelector(".tips")!.TextContent, StringComparison.Ordinal);
        // The tracking number is kept by the browser: its box is never posted anywhere.
        var tracking = page.Form("form[data-tracking]");
        Assert.Null(tracking.GetAttribute("method"));
        Assert.All(tracking.QuerySelectorAll("input, textarea"), e => Assert.Null(e.GetAttribute("name")));
    }

    [Fact]
    public async Task Composing_ShowsTheComment_WithItsCount()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var (response, composed) = await _client.SubmitForPageAsync(page.Form("form[data-composer]"), Page,
            [("values[0]", "fishing guide"), ("personal", "I guide trips on the river twice a week.")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var text = ((IHtmlTextAreaElement)composed.QuerySelector("#composed-text")!).Value;
        Assert.StartsWith("I am a fishing guide on the Clearwater River.", text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nI guide trips on the river twice a week.", text, StringComparison.Ordinal);
        Assert.Contains($"{text.Length:N0} of 5,000 characters", composed.QuerySelector(".composed .char-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommentOverTheLimit_IsRefusedWithItsCount_AndNothingTypedIsLost()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var paragraph = string.Concat(Enumerable.Repeat("The river is my living. ", 210)).Trim();
        var (_, refused) = await _client.SubmitForPageAsync(page.Form("form[data-composer]"), Page, [("values[0]", "fishing guide"), ("personal", paragraph)]);

        var expected = "I am a fishing guide on the Clearwater River. The proposed rule would remove limits that keep the river fishable. Please keep the runoff limits in docket EPA-HQ-OW-2026-0142.".Length + 2 + paragraph.Length;
        Assert.True(expected > 5000);
        Assert.StartsWith("Error:", refused.Title, StringComparison.Ordinal);
        Assert.Contains($"Your comment is {expected:N0} characters: Regulations.gov takes at most 5,000.", refused.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("#composed-text"));
        Assert.Equal(paragraph, ((IHtmlTextAreaElement)refused.QuerySelector("textarea[name=personal]")!).Value);
        Assert.Equal("fishing guide", ((IHtmlInputElement)refused.QuerySelector("input[name='values[0]']")!).Value);
    }

    [Fact]
    public async Task ABlankLeftEmpty_IsRefused_NextToItsField()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var (_, refused) = await _client.SubmitForPageAsync(page.Form("form[data-composer]"), Page, [("values[0]", "  ")]);

        Assert.Equal("Fix: Fill in “Your Role”: it goes into the text.", refused.QuerySelector("#f-values-0-error")!.TextContent.Trim());
        Assert.Equal("true", refused.QuerySelector("#f-values-0")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task TheDownload_IsTheCommentAsAUtf8Attachment_NeverCached()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var form = page.Form("form[data-composer]");
        var response = await _client.PressAsync(form.QuerySelector("button[formaction]")!, Page, [("values[0]", "guide d’pêche"), ("personal", "Line one\r\nLine two")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("public-comment.txt", response.Content.Headers.ContentDisposition.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("I am a guide d’pêche on the Clearwater River.", text, StringComparison.Ordinal);
        Assert.EndsWith("EPA-HQ-OW-2026-0142.\r\n\r\nLine one\r\nLine two\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADownloadOverTheLimit_IsThePageWithTheRefusal_NotAFile()
    {
        var (_, page) = await _client.GetPageAsync(Page);
        var form = page.Form("form[data-composer]");
        var response = await _client.PressAsync(form.QuerySelector("button[formaction]")!, Page, [("values[0]", "guide"), ("personal", new string('x', 5000))]);

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains("Regulations.gov takes at most 5,000", (await HtmlClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostWithoutTheFormsToken_IsRefused_AndAnotherKindOfAction_HasNoCommentPage()
    {
        using var content = new FormUrlEncodedContent([new("values[0]", "guide")]);
        var forged = await _client.PostAsync(new Uri(Page, UriKind.Relative), content);
        var meeting = await _client.GetAsync(new Uri($"/stories/{ComposerSite.RiverSlug}/actions/4/comment", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
    }

    [Fact]
    public async Task HostileBriefText_AndHostileInput_AreShownAsText()
    {
        var url = $"/stories/{ComposerSite.HostileSlug}/actions/1/comment";
        var (response, page) = await _client.GetPageAsync(url);
        response.EnsureSuccessStatusCode();
        var (_, composed) = await _client.SubmitForPageAsync(page.Form("form[data-composer]"), url,
            [("values[0]", "<script>alert(7)</script>"), ("personal", "</textarea><img src=x onerror=alert(8)>")]);

        foreach (var document in new[] { page, composed })
        {
            Assert.All(document.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "(inline)", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("main img, main b, main i"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains("<img src=x onerror=alert(4)>", page.QuerySelector(".lede")!.ParentElement!.TextContent + ((IHtmlTextAreaElement?)composed.QuerySelector("#composed-text"))?.Value, StringComparison.Ordinal);
        var text = ((IHtmlTextAreaElement)composed.QuerySelector("#composed-text")!).Value;
        Assert.Contains("a <script>alert(7)</script> and I oppose", text, StringComparison.Ordinal);
        Assert.EndsWith("</textarea><img src=x onerror=alert(8)>", text, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("[href]"), a => Assert.DoesNotContain("<script", a.GetAttribute("href")!, StringComparison.OrdinalIgnoreCase));
    }
}
