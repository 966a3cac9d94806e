namespace CivicAction.Web.Features.Stories;

/// <summary>
/// Public story pages are cached in memory and dropped when stories change
/// (<see cref="StoryCacheInvalidator"/>). Pages with POST forms are never cached: the
/// antiforgery cookie and token would be shared between visitors.
/// </summary>
public static class StoryOutputCache
{
    public const string Policy = "stories";

    public static IServiceCollection AddStoryOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery("page", "q")
                .Tag(StoryCacheInvalidator.Tag));
        });
}
