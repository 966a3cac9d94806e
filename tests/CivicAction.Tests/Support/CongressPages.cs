using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CivicAction.Tests.Support;

/// <summary>Steps through the "Write to Congress" pages as a person would: look up, fill in, submit.</summary>
public static class CongressPages
{
    public const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    public const string SeedPage = $"/stories/{SeedSlug}/actions/2/congress";
    public const string LibrarySlug = "house-to-vote-on-cutting-federal-library-grants";
    public const string LibraryPage = $"/stories/{LibrarySlug}/actions/1/congress";

    /// <summary>A Seattle constituent in WA-7.</summary>
    public static readonly (string Name, string? Value)[] Dana =
    [
        ("firstName", "Dana"),
        ("lastName", "Rivera"),
        ("street", "4200 Fremont Ave N, Apt 3"),
        ("city", "Seattle"),
        ("state", "WA"),
        ("zip", "98103"),
        ("email", "dana@example.org"),
    ];

    /// <summary>GETs a lookup page and returns its details form (the page must have one).</summary>
    public static async Task<(IDocument Page, IHtmlFormElement Form)> DetailsFormAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (page, page.Form("form.details-form"));
    }

    /// <summary>Looks up <paramref name="url"/>, fills the details form with Dana's details and the changes, and posts it.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostDetailsAsync(
        this HttpClient client, string url, params (string Name, string? Value)[] changes)
    {
        var (_, form) = await client.DetailsFormAsync(url);
        return await client.SubmitForPageAsync(form, url, [.. Dana.Where(d => !changes.Any(c => c.Name == d.Name)), .. changes]);
    }

    /// <summary>The letters page for Dana (it must show letters, not the form again).</summary>
    public static async Task<IDocument> LettersAsync(this HttpClient client, string url, params (string Name, string? Value)[] changes)
    {
        var (response, page) = await client.PostDetailsAsync(url, changes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.QuerySelectorAll("article.member-letter").Length > 0,
            "expected letters, got: " + string.Join(" | ", page.QuerySelectorAll(".field-error, .notice").Select(e => e.TextContent.Trim())));
        return page;
    }

    public static IElement Letter(this IDocument page, string label) =>
        page.QuerySelectorAll("article.member-letter").Single(a => a.GetAttribute("data-label") == label);

    public static string Body(this IElement letter) => ((IHtmlTextAreaElement)letter.QuerySelector("textarea")!).Value;

    public static string Subject(this IElement letter) => ((IHtmlInputElement)letter.QuerySelector("input[type=text][data-edit-part=subject]")!).Value;

    /// <summary>The message shown next to a field, without the "Error:" that only screen readers hear.</summary>
    public static string? ErrorFor(this IDocument page, string id) =>
        page.QuerySelector($"#{id}-error.field-error") is { } error
            ? error.TextContent.Trim().StartsWith("Fix:", StringComparison.Ordinal) ? error.TextContent.Trim()[4..].Trim() : null
            : null;
}
