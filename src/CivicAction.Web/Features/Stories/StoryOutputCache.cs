using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Stories;

/// <summary>
/// Public story pages are cached in memory and dropped when stories change
/// (<see cref="StoryCacheInvalidator"/>). Pages with POST forms are never cached: the
/// antiforgery cookie and token would be shared between visitors.
/// </summary>
public static class StoryOutputCache
{
    public const string Policy = "stories";

    /// <summary>The tag of one story's cached page, dropped when something it shows changes (a call counted).</summary>
    public static string TagOf(string slug) => "story:" + slug;

    public static IServiceCollection AddStoryOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery("page", "q")
                // One copy per language: the same address answers in English or Spanish.
                .VaryByValue(_ => new KeyValuePair<string, string>("lang", SiteLanguages.Current))
                .Tag(StoryCacheInvalidator.Tag));
        });
}
