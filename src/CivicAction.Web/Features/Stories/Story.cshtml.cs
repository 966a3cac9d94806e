using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = OutputCachePolicies.Stories)]
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
