using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>A stored letter's outbox state in words, with a CSS class for its badge.</summary>
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
                OutboxState.Pending when letter.LastError is not null => ("Retrying", "status-waiting"),
                OutboxState.Sent => ("Accepted by CWC", "status-sent"),
                _ => Common(letter),
            };
        }

        return Common(letter);
    }

    /// <summary>How the letter travels, for the ledger: by e-mail, or through CWC to the member's office.</summary>
    public static string Channel(SentLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.Channel == OutboxChannel.Cwc
            ? "Through Communicating with Congress, the House and Senate system for registered delivery agents"
            : "By e-mail from this site";
    }

    private static (string Label, string Css) Common(SentLetter letter) =>
        letter.State switch
        {
            OutboxState.Held => ("Waiting for your confirmation", "status-waiting"),
            OutboxState.Pending or OutboxState.Sending => ("Sending", "status-waiting"),
            OutboxState.Sent => ("Sent", "status-sent"),
            OutboxState.Failed => ("Not delivered", "status-failed"),
            _ => ("Cancelled", "status-cancelled"),
        };

    /// <summary>The state in a sentence, its times in <paramref name="time"/> (the person's zone; UTC when null).</summary>
    public static string Describe(SentLetter letter, PersonTime? time = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        time ??= PersonTime.Utc;
        if (letter.Channel == OutboxChannel.Cwc && letter.State != OutboxState.Held)
        {
            return letter.State switch
            {
                OutboxState.Pending when letter.LastError is { } error => $"Not delivered yet ({error}); we will try again.",
                OutboxState.Pending => "Confirmed: it goes to Communicating with Congress in a moment.",
                OutboxState.Sending => "Being posted to Communicating with Congress now.",
                OutboxState.Sent => $"Accepted by Communicating with Congress{(letter.SentAt is { } at ? " on " + time.Format(at) : "")} "
                    + $"for {letter.MemberLabel}'s office{Reference(letter)}.",
                OutboxState.Failed => $"Not delivered: {letter.LastError}. Use the member's contact form or call the office instead.",
                _ => "Cancelled before it was sent.",
            };
        }

        return letter.State switch
        {
            OutboxState.Held => "Waiting until you confirm your e-mail address with the link we sent you.",
            OutboxState.Pending when letter.LastError is { } error => $"Not sent yet ({error}); we will try again.",
            OutboxState.Pending => "Confirmed: it leaves in a moment.",
            OutboxState.Sending => "Being handed to the mail server now.",
            OutboxState.Sent => $"Sent{(letter.SentAt is { } at ? " on " + time.Format(at) : "")} to {Office(letter)}, with a copy to you.",
            OutboxState.Failed => $"Could not be delivered: {letter.LastError}. Use the member's contact form or call the office instead.",
            _ => "Cancelled before it was sent.",
        };
    }

    /// <summary>CWC's own reference when it answered with one, else the message's delivery ID (which CWC and the office also see).</summary>
    private static string Reference(SentLetter letter) =>
        letter.Receipt is { Length: > 0 } receipt ? $", reference {receipt}"
        : letter.MessageId is { Length: > 0 } id ? $", delivery ID {id}" : "";

    /// <summary>The address it went to, or "the office" once the person deleted their data (which blanks it).</summary>
    private static string Office(SentLetter letter) =>
        string.IsNullOrWhiteSpace(letter.ToAddress) ? $"{letter.MemberLabel}'s office" : letter.ToAddress;
}
