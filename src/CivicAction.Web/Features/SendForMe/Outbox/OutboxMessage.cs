namespace CivicAction.Web.Features.SendForMe.Outbox;

/// <summary>Where a message is in its life; see 0005_outbox.sql.</summary>
public static class OutboxState
{
    public const string Held = "held";
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <summary>A message to deliver, as saved in the outbox.</summary>
public sealed record OutboxMessage(
    long Id,
    string MessageId,
    string Purpose,
    string? OwnerKey,
    string FromName,
    string ToAddress,
    string? CcAddress,
    string? ReplyTo,
    string Subject,
    string Body,
    string State,
    long Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);

/// <summary>A message to be saved: addresses come from the directory or the operator, never from a form.</summary>
public sealed record NewMessage(
    string Purpose,
    string? OwnerKey,
    string FromName,
    string ToAddress,
    string? CcAddress,
    string? ReplyTo,
    string Subject,
    string Body,
    bool Held);
