using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>A stored letter's outbox state in words (in the page's language), with a CSS class for its badge.</summary>
public static class LetterStatus
{
    /// <summary>The state as the page's script reads it (<c>data-state="sent"</c>).</summary>
    public static string Code(OutboxState state) => state.ToString().ToLowerInvariant();

    public static (string Label, string Css) Badge(SentLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (letter.Channel == OutboxChannel.Cwc)
        {
            return letter.State switch
            {
                OutboxState.Pending when letter.LastError is not null => (Text("Status.Retrying"), "status-waiting"),
                OutboxState.Sent => (Text("Status.AcceptedByCwc"), "status-sent"),
                _ => Common(letter),
            };
        }

        return Common(letter);
    }

    /// <summary>How the letter travels, for the ledger: by e-mail, or through CWC to the member's office.</summary>
    public static string Channel(SentLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return Text(letter.Channel == OutboxChannel.Cwc ? "Status.ChannelCwc" : "Status.ChannelEmail");
    }

    private static (string Label, string Css) Common(SentLetter letter) =>
        letter.State switch
        {
            OutboxState.Held => (Text("Status.Waiting"), "status-waiting"),
            OutboxState.Pending or OutboxState.Sending => (Text("Status.Sending"), "status-waiting"),
            OutboxState.Sent => (Text("Status.Sent"), "status-sent"),
            OutboxState.Failed => (Text("Status.NotDelivered"), "status-failed"),
            _ => (Text("Status.Cancelled"), "status-cancelled"),
        };

    /// <summary>The state in a sentence, its times in <paramref name="time"/> (the person's zone; UTC when null).</summary>
    public static string Describe(SentLetter letter, PersonTime? time = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        time ??= PersonTime.Utc;
        var member = LetterTarget.Shown(letter.MemberLabel);
        if (letter.Channel == OutboxChannel.Cwc && letter.State != OutboxState.Held)
        {
            return letter.State switch
            {
                OutboxState.Pending when letter.LastError is { } error => Format("Status.CwcRetrying", error),
                OutboxState.Pending => Text("Status.CwcConfirmed"),
                OutboxState.Sending => Text("Status.CwcSending"),
                OutboxState.Sent => letter.SentAt is { } at
                    ? Format("Status.CwcSentOn", time.Format(at), member, Reference(letter))
                    : Format("Status.CwcSent", member, Reference(letter)),
                OutboxState.Failed => Format("Status.CwcFailed", letter.LastError),
                _ => Text("Status.CancelledBeforeSent"),
            };
        }

        return letter.State switch
        {
            OutboxState.Held => Text("Status.HeldUntilConfirmed"),
            OutboxState.Pending when letter.LastError is { } error => Format("Status.EmailRetrying", error),
            OutboxState.Pending => Text("Status.EmailConfirmed"),
            OutboxState.Sending => Text("Status.EmailSending"),
            OutboxState.Sent => letter.SentAt is { } at
                ? Format("Status.EmailSentOn", time.Format(at), Office(letter, member))
                : Format("Status.EmailSent", Office(letter, member)),
            OutboxState.Failed => Format("Status.EmailFailed", letter.LastError),
            _ => Text("Status.CancelledBeforeSent"),
        };
    }

    /// <summary>CWC's own reference when it answered with one, else the message's delivery ID (which CWC and the office also see).</summary>
    private static string Reference(SentLetter letter) =>
        letter.Receipt is { Length: > 0 } receipt ? Format("Status.Reference", receipt)
        : letter.MessageId is { Length: > 0 } id ? Format("Status.DeliveryId", id) : "";

    /// <summary>The address it went to, or "the office" once the person deleted their data (which blanks it).</summary>
    private static string Office(SentLetter letter, string member) =>
        string.IsNullOrWhiteSpace(letter.ToAddress) ? Format("Status.MembersOffice", member) : letter.ToAddress;

    private static string Text(string key) => LetterStrings.Text(key);

    private static string Format(string key, params object?[] values) => LetterStrings.Format(key, values);
}
