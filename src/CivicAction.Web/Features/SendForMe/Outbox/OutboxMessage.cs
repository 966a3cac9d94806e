namespace CivicAction.Web.Features.SendForMe.Outbox;

/// <summary>Where a message is in its life; see 0005_outbox.sql.</summary>
public enum OutboxState
{
    /// <summary>Waiting for the requester to confirm their e-mail address.</summary>
    Held,

    /// <summary>Due for delivery (now, or after a back-off).</summary>
    Pending,

    /// <summary>Claimed by a worker, under a lease.</summary>
    Sending,

    Sent,

    /// <summary>Refused for good, or given up after the last attempt; the reason is kept.</summary>
    Failed,

    /// <summary>Never to be sent: its owner deleted their data, or never confirmed.</summary>
    Cancelled,
}

/// <summary>What a message is for.</summary>
public enum MessagePurpose
{
    /// <summary>The link that asks a requester to confirm their address; its body holds a secret.</summary>
    Confirmation,

    /// <summary>A FOIA request to an agency.</summary>
    Foia,

    /// <summary>A letter to a member of Congress.</summary>
    Congress,

    /// <summary>The address of a requester's private page, e-mailed to them at their asking; its body holds a secret.</summary>
    PrivateLink,
}

/// <summary>How a message leaves: by e-mail, or posted to Communicating with Congress (see 0013_outbox_channels.sql).</summary>
public enum OutboxChannel
{
    Smtp,

    /// <summary>Posted as the CWC XML in <see cref="OutboxMessage.Payload"/>; its To is the member's office code.</summary>
    Cwc,
}

/// <summary>A message to deliver, as saved in the outbox.</summary>
public sealed record OutboxMessage(
    long Id,
    string MessageId,
    MessagePurpose Purpose,
    string? OwnerKey,
    string FromName,
    string ToAddress,
    string? CcAddress,
    string? ReplyTo,
    string Subject,
    string Body,
    OutboxState State,
    long Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    OutboxChannel Channel = OutboxChannel.Smtp,
    string? Payload = null);

/// <summary>A message to be saved: addresses come from the directory or the operator, never from a form.</summary>
public sealed record NewMessage(
    MessagePurpose Purpose,
    string? OwnerKey,
    string FromName,
    string ToAddress,
    string? CcAddress,
    string? ReplyTo,
    string Subject,
    string Body,
    bool Held,
    OutboxChannel Channel = OutboxChannel.Smtp,
    string? Payload = null,
    string? MessageId = null);
