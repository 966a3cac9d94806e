using CivicAction.Web.Hosting;
using CivicAction.Web.Stories;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CivicAction.Web.Pages.Tags;

[OutputCache(PolicyName = OutputCachePolicies.Stories)]
public sealed class TagsIndexModel(StoryStore stories) : PageModel
{
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    public void OnGet() => Tags = stories.Tags();
}
