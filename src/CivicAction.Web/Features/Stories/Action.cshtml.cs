using CivicAction.Core.Briefs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Features.Stories;

/// <summary>One action of a story: where drafting starts.</summary>
public sealed class ActionModel(StoryStore stories, ICallCounts calls) : PageModel
{
    public StoryDocument Story { get; private set; } = null!;

    public BriefAction Action { get; private set; } = null!;

    public long CallsMade { get; private set; }

    public IActionResult OnGet(string slug, int number)
    {
        if (stories.FindAction(slug, number) is not { } found)
        {
            return NotFound();
        }

        (Story, Action) = (found.Story, found.Action);
        CallsMade = calls.Of(found.Story.Slug).GetValueOrDefault(number);
        return Page();
    }
}
