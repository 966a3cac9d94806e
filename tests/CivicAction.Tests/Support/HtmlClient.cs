using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CivicAction.Tests.Support;

/// <summary>GET a page and parse it with AngleSharp, as a browser would see its DOM.</summary>
public static class HtmlClient
{
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
