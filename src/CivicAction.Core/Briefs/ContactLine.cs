using System.Text.RegularExpressions;
using CivicAction.Core.Formats;

namespace CivicAction.Core.Briefs;

/// <summary>Recognises a line that is nothing but an e-mail address, a web address or a phone number.</summary>
public static partial class ContactLine
{
    public enum Kind
    {
        None,
        Email,
        Url,
        Phone,
    }

    public static Kind Classify(string line)
    {
        if (line.Length > 300)
        {
            return Kind.None;
        }

        if (Email().IsMatch(line))
        {
            // The pattern only says it looks like an address; what is sent must pass the parser that sends it, or
            // "foia,someone@example.org" would be offered as an address and fail in the outbox. It is then plain text.
            return EmailAddress.IsValid(WithoutMailto(line)) ? Kind.Email : Kind.None;
        }

        if (Url().IsMatch(line))
        {
            return Kind.Url;
        }

        return Phone().IsMatch(line) ? Kind.Phone : Kind.None;
    }

    /// <summary>An e-mail contact as an address: "mailto:foia@agency.gov" is "foia@agency.gov".</summary>
    public static string WithoutMailto(string contact) =>
        contact.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? contact["mailto:".Length..] : contact;

    /// <summary>A link target for a contact as written: bare "www.dhs.gov/foia" becomes https.</summary>
    public static string ToHref(string contact, Kind kind) => kind switch
    {
        Kind.Email => "mailto:" + WithoutMailto(contact),
        Kind.Phone => "tel:" + PhoneDigits(contact),
        Kind.Url when contact.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || contact.StartsWith("https://", StringComparison.OrdinalIgnoreCase) => contact,
        Kind.Url => "https://" + contact,
        _ => contact,
    };

    /// <summary>The digits of a US phone number in E.164 form, for <c>tel:</c> links.</summary>
    public static string PhoneDigits(string phone)
    {
        var main = phone;
        var ext = "";
        var extMatch = Extension().Match(phone);
        if (extMatch.Success)
        {
            main = phone[..extMatch.Index];
            ext = ";ext=" + extMatch.Groups[1].Value;
        }

        var digits = new string(main.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 10)
        {
            digits = "1" + digits;
        }

        return "+" + digits + ext;
    }

    [GeneratedRegex(@"^(?:mailto:)?[^\s@<>()\[\]]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s<>""]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s*(?:x|ext\.?|extension)\s*(\d{1,6})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Extension();
}
