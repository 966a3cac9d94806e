using CivicAction.Web.Features.SendForMe.Smtp;

namespace CivicAction.Web.Features.SendForMe.Outbox;

/// <summary>
/// One way a message leaves the outbox (e-mail, Communicating with Congress). The worker claims, retries and records
/// every message the same way; a channel makes one attempt and says what it came to. A feature registers its own.
/// </summary>
public interface IOutboxChannel
{
    OutboxChannel Channel { get; }

    Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
