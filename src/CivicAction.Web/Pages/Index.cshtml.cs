using CivicAction.Web.Stories;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Pages;

public sealed class IndexModel(StoryStore stories) : PageModel
{
    public IReadOnlyList<StoryListItem> Stories { get; private set; } = [];

    public void OnGet() => Stories = stories.Latest(0, 20);
}
