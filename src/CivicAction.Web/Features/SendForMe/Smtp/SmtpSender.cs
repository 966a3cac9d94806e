using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using CivicAction.Web.Platform.Hosting;
using Microsoft.Extensions.Options;
using CivicAction.Web.Features.SendForMe.Outbox;

namespace CivicAction.Web.Features.SendForMe.Smtp;

/// <summary>What one delivery attempt came to.</summary>
public enum DeliveryOutcome
{
    Sent,
    TryAgain,
    Failed,
}

/// <summary>An attempt's outcome, its reason when it was not sent, and the receiving system's reference when it gave one.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Reason = null, string? Receipt = null);

/// <summary>
/// One delivery attempt over SMTP (MailKit). A 5xx reply is permanent; connection failures,
/// timeouts and 4xx replies are worth another try.
/// </summary>
public sealed class SmtpSender(IOptions<SmtpOptions> options, IOptions<SiteOptions> site) : IOutboxChannel
{
    public OutboxChannel Channel => OutboxChannel.Smtp;

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        MimeMessage mime;
        try
        {
            mime = MailComposer.Compose(message, settings, site.Value.Name);
        }
        catch (Exception e) when (e is ParseException or FormatException or ArgumentException)
        {
            // Addresses are checked where they enter, so this is a row written before that check or by hand: it can
            // never be sent, and trying again would only fail again.
            return new DeliveryResult(DeliveryOutcome.Failed, $"the message could not be composed ({e.GetType().Name}: {e.Message})");
        }

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Security(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            return new DeliveryResult(DeliveryOutcome.Failed, $"the mail server refused the message ({(int)e.StatusCode}: {e.Message})");
        }
        catch (SmtpCommandException e)
        {
            return new DeliveryResult(DeliveryOutcome.TryAgain, $"the mail server asked to try later ({(int)e.StatusCode}: {e.Message})");
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpProtocolException
            or ServiceNotConnectedException or AuthenticationException or SslHandshakeException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryResult(DeliveryOutcome.TryAgain, $"could not reach the mail server ({e.GetType().Name}: {e.Message})");
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpProtocolException)
        {
            // The server accepted the message; a failed goodbye does not undo that.
        }

        return new DeliveryResult(DeliveryOutcome.Sent);
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
