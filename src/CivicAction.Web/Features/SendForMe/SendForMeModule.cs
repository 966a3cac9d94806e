using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.SendForMe;

/// <summary>"Send it for me": the outbox, its worker, SMTP delivery and the confirmation of the sender's address.</summary>
public static class SendForMeModule
{
    public static IServiceCollection AddSendForMe(this IServiceCollection services)
    {
        services.AddSection<SmtpOptions>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SmtpOptions>, MailNeedsPublicUrl>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<IOutboxChannel>(sp => sp.GetRequiredService<SmtpSender>());
        services.AddSingleton<OutboxWorker>();
        services.AddSingleton<EmailConfirmations>();
        services.AddSingleton<HeldMessages>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return services;
    }
}
