using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class TagModel(StoryStore stories) : PageModel
{
    public TagLink Tag { get; private set; } = null!;

    public ListPage<StoryListItem> Stories { get; private set; } = null!;

    // "page" is a route value of every Razor Page (its path), so the query value is bound by name.
    public IActionResult OnGet(string tag, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = stories.Tagged(tag, Math.Max(pageNumber ?? 1, 1), out var link);
        if (found is null || link is null)
        {
            return NotFound();
        }

        Tag = link;
        Stories = found;
        return Page();
    }
}
