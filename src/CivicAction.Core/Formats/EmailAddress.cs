using MimeKit;

namespace CivicAction.Core.Formats;

/// <summary>
/// The one check of an e-mail address, for every address that enters the app: a requester's, an operator's, an
/// agency's from the directory or a brief. An address passes only when it is a plain <c>local@domain.tld</c> (no
/// display name, no list, no comments, no spaces or control characters) and MimeKit, the parser that later
/// writes it into a message, reads back exactly the same address. So what is accepted here can always be sent.
/// </summary>
public static class EmailAddress
{
    /// <summary>The longest address SMTP carries (RFC 5321 4.5.3.1.3, as corrected by erratum 1690).</summary>
    public const int MaxLength = 254;

    private const int MaxLocalPartLength = 64;

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at > MaxLocalPartLength || at != text.LastIndexOf('@') || !IsDottedDomain(text[(at + 1)..]))
        {
            return false;
        }

        return MailboxAddress.TryParse(ParserOptions.Default, text, out var mailbox)
            && string.Equals(mailbox.Address, text, StringComparison.Ordinal)
            && string.IsNullOrEmpty(mailbox.Name);
    }

    /// <summary>
    /// A host name of letters, digits and hyphens with at least one dot and a top-level domain of letters:
    /// "someone@localhost" is valid SMTP but never a person's or an office's address, and IP literals are no one's.
    /// </summary>
    private static bool IsDottedDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && l[0] != '-' && l[^1] != '-')
            && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter);
    }
}
