using MimeKit;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// A plain e-mail address (local@domain.tld) as a person or an operator writes one: no display
/// name, no comments, no spaces or control characters, so it can go into a header unchanged.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        // A dotted domain: "someone@localhost" is valid SMTP but never a person's address.
        var domain = text[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return false;
        }

        return MailboxAddress.TryParse(ParserOptions.Default, text, out var mailbox)
            && string.Equals(mailbox.Address, text, StringComparison.Ordinal)
            && string.IsNullOrEmpty(mailbox.Name);
    }
}
