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
        return letter.State switch
        {
            OutboxState.Held => ("Waiting for your confirmation", "status-waiting"),
            OutboxState.Pending or OutboxState.Sending => ("Sending", "status-waiting"),
            OutboxState.Sent => ("Sent", "status-sent"),
            OutboxState.Failed => ("Not delivered", "status-failed"),
            _ => ("Cancelled", "status-cancelled"),
        };
    }

    /// <summary>The state in a sentence, its times in <paramref name="time"/> (the person's zone; UTC when null).</summary>
    public static string Describe(SentLetter letter, PersonTime? time = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        time ??= PersonTime.Utc;
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

    /// <summary>The address it went to, or "the office" once the person deleted their data (which blanks it).</summary>
    private static string Office(SentLetter letter) =>
        string.IsNullOrWhiteSpace(letter.ToAddress) ? $"{letter.MemberLabel}'s office" : letter.ToAddress;
}
