using System.Globalization;
using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Formats;
using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Web.Features.Congress.Lookup;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// One member a letter goes to: found in the data (<see cref="Member"/> set) or typed by the
/// person (<see cref="Member"/> null). <see cref="Key"/> is the Bioguide ID, or "typed-N".
/// </summary>
public sealed record LetterTarget(string Key, Recipient Recipient, CongressMember? Member)
{
    /// <summary>"Senator Maria Cantwell".</summary>
    public string Label => $"{Recipient.Title} {Recipient.FullName}";

    /// <summary>The label as a page shows it: the title in the page's language ("Senador/a Maria Cantwell" in Spanish).</summary>
    public string ShownLabel => $"{CongressText.Title(Recipient.Title)} {Recipient.FullName}";

    /// <summary>A stored label ("Senator Maria Cantwell") as a page shows it: its leading title in the page's language.</summary>
    public static string Shown(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var title = TypedMember.Titles.FirstOrDefault(t => label.StartsWith(t + " ", StringComparison.Ordinal));
        return title is null ? label : CongressText.Title(title) + label[title.Length..];
    }

    public static LetterTarget From(CongressMember member) => new(member.BioguideId, member.ToRecipient(), member);

    public static LetterTarget Typed(int index, string title, string name) =>
        new($"typed-{index.ToString(CultureInfo.InvariantCulture)}", new Recipient(title, LastName(name), name.Trim()), null);

    /// <summary>The surname of a typed name, past suffixes: "Ben Ray Luján Jr." is addressed as "Senator Luján".</summary>
    public static string LastName(string name)
    {
        var words = name.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[^1].TrimEnd('.').ToUpperInvariant() is "JR" or "SR" or "II" or "III" or "IV" or "MD" or "PHD")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? "" : words[^1];
    }
}

/// <summary>
/// The ways a letter can honestly reach one office. <see cref="FormUrl"/> is the member's contact
/// form, else their website (<see cref="IsContactForm"/> says which); <see cref="Email"/> only when
/// the operator configured an address; <see cref="SendForMe"/> only when, in addition, SMTP is set up, or when the
/// site delivers to the office through Communicating with Congress (<see cref="CwcOffice"/>, its office code).
/// </summary>
public sealed record DeliveryChannels(string? FormUrl, bool IsContactForm, string? Phone, string? Email, bool SendForMe, string? CwcOffice = null)
{
    /// <summary>"Send it for me" goes through CWC (which wins over a configured address for the same office).</summary>
    public bool ThroughCwc => CwcOffice is not null;

    public static DeliveryChannels None { get; } = new(null, false, null, null, false);

    public string? PhoneHref => Phone is null ? null : "tel:" + ContactLine.PhoneDigits(Phone);
}

/// <summary>A letter drafted for one member, with the call script and the ways to deliver it.</summary>
public sealed record MemberLetter(LetterTarget Target, CongressLetter Letter, PhoneScript Script, DeliveryChannels Delivery)
{
    /// <summary>Whether <see cref="Letter"/> is the person's own version rather than the draft from the template.</summary>
    public bool Edited { get; init; }

    /// <summary>What stops the person's version from being delivered; empty when it can go.</summary>
    public IReadOnlyList<FieldCheck> EditErrors { get; init; } = [];

    /// <summary>"Open in my e-mail app", with the letter in it when it fits in a link; null without a known address.</summary>
    public MailtoLink? Mailto => Delivery.Email is { } email ? MailtoLink.For(email, Letter.Subject, Letter.Body) : null;

    /// <summary>What the office's contact form asks for, when the contact-congress data describes it.</summary>
    public ContactForm? ContactForm { get; init; }
}
