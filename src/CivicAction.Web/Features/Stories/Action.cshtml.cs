using CivicAction.Core.Briefs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Features.Stories;

/// <summary>One action of a story: where drafting starts.</summary>
public sealed class ActionModel(StoryStore stories) : PageModel
{
    public StoryDocument Story { get; private set; } = null!;

    public BriefAction Action { get; private set; } = null!;

    public IActionResult OnGet(string slug, int number)
    {
        var story = stories.BySlug(slug);
        var action = story?.Brief.Actions.FirstOrDefault(a => a.Number == number);
        if (story is null || action is null)
        {
            return NotFound();
        }

        Story = story;
        Action = action;
        return Page();
    }
}
