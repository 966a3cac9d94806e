using CivicAction.Core.Briefs;

namespace CivicAction.Web.Features.Stories.Feeds;

/// <summary>
/// Read-only JSON: <c>/api/stories?page=N</c> and <c>/api/stories/{slug}</c>, each story in the
/// shape of the importer's JSON contract (docs/brief-format.md).
/// </summary>
public static class StoryApi
{
    private const int PageSize = 20;

    public static void MapStoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/stories").CacheOutput(StoryOutputCache.Policy);

        api.MapGet("/", (int? page, StoryStore stories) =>
        {
            var number = Math.Max(page ?? 1, 1);
            var result = stories.LatestDocuments(number, PageSize);
            var body = new StoriesPage(
                result.Items.Select(s => BriefJson.Node(s.Brief, s.Slug)).ToList(),
                number,
                PageSize,
                result.Total,
                result.HasNext ? $"/api/stories?page={number + 1}" : null);
            return Json(BriefJson.Serialize(body));
        });

        api.MapGet("/{slug}", (string slug, StoryStore stories) =>
            stories.BySlug(slug) is { } story
                ? Json(BriefJson.Serialize(story.Brief, story.Slug))
                : Results.Json(new { error = $"no story at /stories/{slug}" }, statusCode: StatusCodes.Status404NotFound));
    }

    private static IResult Json(string json) => Results.Text(json, "application/json; charset=utf-8");

    private sealed record StoriesPage(IReadOnlyList<System.Text.Json.Nodes.JsonObject> Stories, int Page, int PageSize, long Total, string? Next);
}
