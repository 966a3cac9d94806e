using MimeKit;
using CivicAction.Web.Features.SendForMe.Outbox;

namespace CivicAction.Web.Features.SendForMe.Smtp;

/// <summary>
/// Builds the MIME message for an outbox row. From is always the app's own address (carrying
/// the requester's name), so mail is not spoofed; replies go to the requester. Every header value
/// is stripped of control characters here as well as validated in the forms, so CR/LF can never
/// start a new header.
/// </summary>
public static class MailComposer
{
    public static MimeMessage Compose(OutboxMessage message, SmtpOptions options, string siteName)
    {
        var mime = new MimeMessage
        {
            MessageId = message.MessageId,
            Date = message.CreatedAt,
            Subject = SingleLine(message.Subject),
            Body = new TextPart("plain") { Text = message.Body },
        };
        var fromName = SingleLine(message.FromName);
        mime.From.Add(new MailboxAddress(fromName.Length == 0 ? siteName : $"{fromName} via {siteName}", options.FromAddress));
        mime.To.Add(MailboxAddress.Parse(SingleLine(message.ToAddress)));
        if (!string.IsNullOrWhiteSpace(message.CcAddress))
        {
            mime.Cc.Add(new MailboxAddress(fromName, SingleLine(message.CcAddress)));
        }

        if (!string.IsNullOrWhiteSpace(message.ReplyTo))
        {
            mime.ReplyTo.Add(new MailboxAddress(fromName, SingleLine(message.ReplyTo)));
        }

        mime.Headers.Add("Auto-Submitted", "auto-generated");
        return mime;
    }

    /// <summary>A header value: control characters (CR, LF, NUL ...) become spaces.</summary>
    public static string SingleLine(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
}
