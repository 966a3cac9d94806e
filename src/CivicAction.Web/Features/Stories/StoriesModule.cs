using CivicAction.Web.Features.Stories.Feeds;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Stories;

/// <summary>The stories feature: reading, search, feeds, the API, and importing briefs into the store.</summary>
public static class StoriesModule
{
    /// <summary>What the import verb needs as well as the site: the store, the writer and the importer.</summary>
    public static IServiceCollection AddStoryStorage(this IServiceCollection services)
    {
        services.AddSection<SearchOptions>();
        services.AddSingleton<StoryStore>();
        services.AddSingleton<StoryWriter>();
        services.AddSingleton(sp => new BriefImporter(sp.GetRequiredService<StoryWriter>()));
        return services;
    }

    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.AddStoryStorage();
        services.AddSection<SeedOptions>();
        services.AddHostedService<SeedImport>();
        services.AddHostedService<StoryCacheInvalidator>();
        services.AddStoryOutputCache();
        return services;
    }

    public static IEndpointRouteBuilder MapStories(this IEndpointRouteBuilder app)
    {
        app.MapFeeds();
        app.MapStoryApi();
        return app;
    }
}
