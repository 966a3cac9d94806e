using CivicAction.Web.Features.Congress.Letters;
using CivicAction.Web.Features.Congress.Letters.Cwc;
using CivicAction.Web.Features.SendForMe.Outbox;
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

    /// <summary>
    /// Delivery through Communicating with Congress: its settings (checked at start, and only with mail on), the
    /// composer, and the outbox channel that posts. The HTTP client is registered without the factory's loggers,
    /// which would write each request's address, API key included, at Information level.
    /// </summary>
    private static IServiceCollection AddCwc(this IServiceCollection services)
    {
        services.AddSection<CwcOptions>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<CwcOptions>, CwcNeedsSmtp>();
        services.AddHttpClient(CwcSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<CwcLetters>();
        services.AddSingleton<CwcSender>();
        services.AddSingleton<IOutboxChannel>(sp => sp.GetRequiredService<CwcSender>());
        return services;
    }

    public static IServiceCollection AddCongress(this IServiceCollection services)
    {
        services.AddCongressReferenceData();
        services.AddSection<ReferenceSnapshotOptions>();
        services.AddHostedService<ReferenceSnapshotImport>(); // after the database's start, which AddDatabase registered
        services.AddSingleton<CongressStore>();
        services.AddSingleton<ContactFormStore>();
        services.AddSingleton<CongressLookup>();
        services.AddSection<CongressDeliveryOptions>();
        services.AddCwc();
        services.AddSingleton<CongressWriting>();
        services.AddSingleton<SentLetterStore>();
        return services;
    }
}
