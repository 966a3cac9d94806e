using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Web.Features.Stories;

[OutputCache(PolicyName = StoryOutputCache.Policy)]
public sealed class SearchModel(StoryStore stories, ILogger<SearchModel> logger) : PageModel
{
    public StorySearchQuery Query { get; private set; } = StorySearchQuery.Parse(null);

    public ListPage<StoryListItem>? Results { get; private set; }

    /// <summary>The search ran out of its time budget and was stopped.</summary>
    public bool TookTooLong { get; private set; }

    // "page" is a route value of every Razor Page (its path), so the query value is bound by name.
    // The token is the request's: when the reader leaves, the database stops working for them.
    public void OnGet(string? q, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Query = StorySearchQuery.Parse(q);
        if (Query.IsEmpty)
        {
            return;
        }

        try
        {
            Results = stories.Search(Query, Math.Max(pageNumber ?? 1, 1), cancellationToken);
        }
        catch (TimeoutException e)
        {
            TookTooLong = true;
            // Not kept in the output cache: the same words may well be quick when the server is less busy.
            if (HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
            {
                cache.Context.AllowCacheStorage = false;
            }

            // The words are the reader's, so they are not logged.
            logger.LogWarning("A search was stopped: {Reason}", e.Message);
        }
    }
}
