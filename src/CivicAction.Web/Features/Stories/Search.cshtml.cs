using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class SearchModel(StoryStore stories) : PageModel
{
    public StorySearchQuery Query { get; private set; } = StorySearchQuery.Parse(null);

    public ListPage<StoryListItem>? Results { get; private set; }

    // "page" is a route value of every Razor Page (its path), so the query value is bound by name.
    public void OnGet(string? q, [FromQuery(Name = "page")] int? pageNumber)
    {
        Query = StorySearchQuery.Parse(q);
        if (!Query.IsEmpty)
        {
            Results = stories.Search(Query, Math.Max(pageNumber ?? 1, 1));
        }
    }
}
