using System.Text.Encodings.Web;

namespace CivicAction.Web.Features.Shared;

/// <summary>Previous/next links for a paged list, keeping the other query values (the search words).</summary>
public sealed record PagerModel(IPaged Page, string Path, string? Query = null)
{
    public string Link(int page)
    {
        var query = Query is null ? "" : $"q={UrlEncoder.Default.Encode(Query)}&";
        return page == 1 && Query is null ? Path : $"{Path}?{query}page={page}";
    }
}
