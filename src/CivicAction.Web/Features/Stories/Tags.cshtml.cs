using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = OutputCachePolicies.Stories)]
public sealed class TagsModel(StoryStore stories) : PageModel
{
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    public void OnGet() => Tags = stories.Tags();
}
