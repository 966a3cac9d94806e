using CivicAction.Web.Features.Stories;

namespace CivicAction.Web.Features.Calls;

/// <summary>Calls: the call page of each call action, and the anonymous tally of calls made.</summary>
public static class CallsModule
{
    public static IServiceCollection AddCalls(this IServiceCollection services)
    {
        services.AddSingleton<CallTallyStore>();
        services.AddSingleton<CallKeys>();
        services.AddSingleton<ICallCounts>(sp => sp.GetRequiredService<CallTallyStore>());
        return services;
    }
}
