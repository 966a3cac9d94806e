using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class TagsModel(StoryStore stories) : PageModel
{
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    public void OnGet() => Tags = stories.Tags();
}
