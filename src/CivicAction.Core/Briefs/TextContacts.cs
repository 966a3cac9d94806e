using System.Text.RegularExpressions;
using CivicAction.Core.Formats;

namespace CivicAction.Core.Briefs;

/// <summary>
/// E-mail addresses, web addresses and phone numbers written inside running text ("Find your Senators at
/// senate.gov/senators", "call (202) 224-3121 and ask for ..."), as written, each once.
/// </summary>
public static partial class TextContacts
{
    private const string TrailingPunctuation = ".,;:!?)]}'\"”’";

    /// <summary>What the action's texts name besides its contact lines, in the order of its parts.</summary>
    public static Contacts Mentioned(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        // A number is known by its digits: "202-224-3121" is the contact line "(202) 224-3121" again.
        var known = new HashSet<string>(
            action.Contacts.Emails.Select(ContactLine.WithoutMailto).Concat(action.Contacts.Urls).Concat(action.Contacts.Phones.Select(ContactLine.PhoneDigits)),
            StringComparer.OrdinalIgnoreCase);
        var emails = new List<string>();
        var urls = new List<string>();
        var phones = new List<string>();
        foreach (var text in ActionTexts.Of(action))
        {
            var found = In(text);
            AddNew(emails, found.Emails, known, e => e);
            AddNew(urls, found.Urls, known, u => u);
            AddNew(phones, found.Phones, known, ContactLine.PhoneDigits);
        }

        return emails.Count + urls.Count + phones.Count == 0 ? Contacts.None : new Contacts(emails, urls, phones);
    }

    /// <summary>The addresses and numbers in one text, in order.</summary>
    public static Contacts In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var emails = new List<string>();
        foreach (Match m in Email().Matches(text))
        {
            var address = m.Value.TrimEnd(TrailingPunctuation.ToCharArray());
            if (EmailAddress.IsValid(address))
            {
                emails.Add(address);
            }
        }

        // An address's domain is no web address of its own.
        var rest = Email().Replace(text, m => new string(' ', m.Length));
        var urls = Url().Matches(rest).Select(m => m.Value.TrimEnd(TrailingPunctuation.ToCharArray())).Where(u => u.Length > 0).ToList();
        rest = Url().Replace(rest, m => new string(' ', m.Length));
        var phones = Phone().Matches(rest).Select(m => m.Value.Trim()).ToList();
        return new Contacts(emails, urls, phones);
    }

    private static void AddNew(List<string> list, IEnumerable<string> values, HashSet<string> known, Func<string, string> key)
    {
        foreach (var value in values)
        {
            if (known.Add(key(value)))
            {
                list.Add(value);
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.+-])(?:mailto:)?[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A full address, or a bare one whose last label is a common top-level domain: "senate.gov/senators",
    // "Regulations.gov". "U.S." and "e.g." are no addresses: their labels are one letter.
    [GeneratedRegex(@"(?<![\w@./-])(?:https?://[^\s<>""]+|(?:www\.)?(?:[A-Za-z0-9-]+\.)+(?:gov|mil|edu|org|com|net|us|info|io)(?![A-Za-z0-9-])(?:[/?#][^\s<>""]*)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
