using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Foia;

/// <summary>Where the decision on the channel came from, so a page can say how far to trust it.</summary>
public enum DeliverySource
{
    /// <summary>Nothing to go on: <see cref="DeliveryChannel.None"/>.</summary>
    None = 0,

    /// <summary>The agency directory, checked against a cited source.</summary>
    Directory,

    /// <summary>A contact line of the brief, used only because the agency is not in the directory.</summary>
    Brief,
}

/// <summary>
/// How a drafted request is to be sent: through the agency's portal, by e-mail, or by post.
/// </summary>
/// <remarks>
/// The destination always comes from the directory or, for an agency the directory does not know, from the brief's
/// contact lines; there is deliberately no way to build a plan from an address the requester typed, so a form
/// cannot be turned into a relay that mails arbitrary recipients.
/// </remarks>
public sealed record DeliveryPlan
{
    private DeliveryPlan(DeliveryChannel channel, DeliverySource source, Agency? agency)
    {
        Channel = channel;
        Source = source;
        Agency = agency;
    }

    public DeliveryChannel Channel { get; }

    public DeliverySource Source { get; }

    /// <summary>The directory agency the plan is for; null when the agency is unknown.</summary>
    public Agency? Agency { get; }

    /// <summary>The page to open (with https://) for <see cref="DeliveryChannel.Portal"/>.</summary>
    public string? PortalUrl { get; private init; }

    /// <summary>The only address the app may send to, for <see cref="DeliveryChannel.Email"/>.</summary>
    public string? EmailTo { get; private init; }

    /// <summary>The envelope for <see cref="DeliveryChannel.Mail"/>: office, agency, address lines.</summary>
    public IReadOnlyList<string> MailingAddress { get; private init; } = [];

    /// <summary>
    /// The plan for a request to <paramref name="agency"/>: the first channel the directory lists for it, or, when the
    /// agency is not in the directory, the brief's first e-mail contact and failing that its first web address.
    /// </summary>
    /// <remarks>
    /// A directory agency never falls back to the brief: the brief for DHS lists foia@hq.dhs.gov, which DHS uses for
    /// questions and which has not taken requests since 2026-01-22 (6 CFR 5.3(a)(2)).
    /// </remarks>
    public static DeliveryPlan For(Agency? agency, Contacts briefContacts)
    {
        ArgumentNullException.ThrowIfNull(briefContacts);
        return agency is null ? FromBrief(briefContacts) : FromDirectory(agency);
    }

    private static DeliveryPlan FromDirectory(Agency agency) => agency.Channels[0] switch
    {
        DeliveryChannel.Portal => new(DeliveryChannel.Portal, DeliverySource.Directory, agency) { PortalUrl = agency.PortalUrl },
        DeliveryChannel.Email => new(DeliveryChannel.Email, DeliverySource.Directory, agency) { EmailTo = agency.Email },
        DeliveryChannel.Mail => new(DeliveryChannel.Mail, DeliverySource.Directory, agency) { MailingAddress = Envelope(agency) },
        _ => new(DeliveryChannel.None, DeliverySource.None, agency),
    };

    private static DeliveryPlan FromBrief(Contacts contacts)
    {
        var email = contacts.Emails
            .Where(e => ContactLine.Classify(e) == ContactLine.Kind.Email)
            .Select(ContactLine.WithoutMailto)
            .FirstOrDefault();
        if (email is not null)
        {
            return new(DeliveryChannel.Email, DeliverySource.Brief, null) { EmailTo = email };
        }

        var url = contacts.Urls.FirstOrDefault(u => ContactLine.Classify(u) == ContactLine.Kind.Url);
        return url is null
            ? new(DeliveryChannel.None, DeliverySource.None, null)
            : new(DeliveryChannel.Portal, DeliverySource.Brief, null) { PortalUrl = ContactLine.ToHref(url, ContactLine.Kind.Url) };
    }

    private static List<string> Envelope(Agency agency)
    {
        var lines = new List<string>();
        if (agency.FoiaOffice.Length > 0)
        {
            lines.Add(agency.FoiaOffice);
        }

        lines.Add(agency.Name);
        lines.AddRange(agency.MailingAddress);
        return lines;
    }
}
