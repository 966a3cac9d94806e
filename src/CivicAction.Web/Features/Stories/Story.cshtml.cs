using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class StoryModel(StoryStore stories, ICallCounts calls) : PageModel
{
    public StoryDocument Story { get; private set; } = null!;

    /// <summary>Calls made through the site, per action number.</summary>
    public IReadOnlyDictionary<int, long> CallsMade { get; private set; } = new Dictionary<int, long>();

    public IActionResult OnGet(string slug)
    {
        if (stories.BySlug(slug) is not { } story)
        {
            return NotFound();
        }

        Story = story;
        CallsMade = calls.Of(story.Slug);
        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(StoryOutputCache.TagOf(story.Slug));
        return Page();
    }
}
