using CivicAction.Web.Hosting;
using CivicAction.Web.Stories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CivicAction.Web.Pages;

[OutputCache(PolicyName = OutputCachePolicies.Stories)]
public sealed class IndexModel(StoryStore stories) : PageModel
{
    public Page<StoryListItem> Stories { get; private set; } = null!;

    // "page" is a route value of every Razor Page (its path), so the query value is bound by name.
    public IActionResult OnGet([FromQuery(Name = "page")] int? pageNumber)
    {
        Stories = stories.Latest(Math.Max(pageNumber ?? 1, 1));
        return Stories.Number > Stories.Count ? NotFound() : Page();
    }
}
