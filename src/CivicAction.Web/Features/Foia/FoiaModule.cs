using CivicAction.Web.Features.Foia.Downloads;

namespace CivicAction.Web.Features.Foia;

/// <summary>The FOIA feature: drafting, the private request page, sending, and the downloads.</summary>
public static class FoiaModule
{
    public static IServiceCollection AddFoia(this IServiceCollection services) =>
        services.AddSingleton<FoiaRequestStore>().AddSingleton<FoiaAccessStore>();

    public static IEndpointRouteBuilder MapFoia(this IEndpointRouteBuilder app)
    {
        app.MapFoiaDownloads();
        return app;
    }
}
