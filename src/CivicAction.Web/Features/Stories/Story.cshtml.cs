using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class StoryModel(StoryStore stories) : PageModel
{
    public StoryDocument Story { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (stories.BySlug(slug) is not { } story)
        {
            return NotFound();
        }

        Story = story;
        return Page();
    }
}
