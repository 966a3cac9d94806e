using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class HomeModel(StoryStore stories) : PageModel
{
    public ListPage<StoryListItem> Stories { get; private set; } = null!;

    // "page" is a route value of every Razor Page (its path), so the query value is bound by name.
    public IActionResult OnGet([FromQuery(Name = "page")] int? pageNumber)
    {
        Stories = stories.Latest(Math.Max(pageNumber ?? 1, 1));
        return Stories.Number > Stories.Count ? NotFound() : Page();
    }
}
