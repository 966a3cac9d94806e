using CivicAction.Web.Features.Congress.Letters;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Congress;

/// <summary>Write to Congress: the reference data, the lookup of a person's members, and the letters.</summary>
public static class CongressModule
{
    /// <summary>What the reference import verbs need as well as the site.</summary>
    public static IServiceCollection AddCongressReferenceData(this IServiceCollection services) =>
        services.AddSingleton<CongressImporter>();

    public static IServiceCollection AddCongress(this IServiceCollection services)
    {
        services.AddCongressReferenceData();
        services.AddSection<ReferenceSnapshotOptions>();
        services.AddHostedService<ReferenceSnapshotImport>(); // after the database's start, which AddDatabase registered
        services.AddSingleton<CongressStore>();
        services.AddSingleton<ContactFormStore>();
        services.AddSingleton<CongressLookup>();
        services.AddSection<CongressDeliveryOptions>();
        services.AddSingleton<CongressWriting>();
        services.AddSingleton<SentLetterStore>();
        return services;
    }
}
