namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// A federal agency's FOIA office as the directory (agencies.csv) records it, with the channels it accepts
/// requests by and the source those facts were checked against.
/// </summary>
/// <param name="Key">Short, stable identifier ("DHS"), what a request's agency key holds.</param>
/// <param name="Name">The agency's name as a letter addresses it.</param>
/// <param name="FoiaOffice">The office that processes requests; empty when the directory does not name one.</param>
/// <param name="Channels">The channels the agency accepts requests by, in its order of preference (never empty).</param>
/// <param name="PortalUrl">The web portal requests are filed through, when <see cref="DeliveryChannel.Portal"/> is accepted.</param>
/// <param name="Email">The address that accepts requests, when <see cref="DeliveryChannel.Email"/> is accepted.</param>
/// <param name="MailingAddress">Envelope lines below the office and name; empty unless <see cref="DeliveryChannel.Mail"/> is accepted.</param>
/// <param name="Aliases">How texts name the agency: acronyms, names, mail and web domains.</param>
/// <param name="Notes">Advice for the requester, e.g. which address is for questions only.</param>
/// <param name="Source">Where the channel facts come from (regulation, Federal Register document, agency page).</param>
/// <param name="Checked">When the row was last checked against <paramref name="Source"/>.</param>
public sealed record Agency(
    string Key,
    string Name,
    string FoiaOffice,
    IReadOnlyList<DeliveryChannel> Channels,
    string? PortalUrl,
    string? Email,
    IReadOnlyList<string> MailingAddress,
    IReadOnlyList<string> Aliases,
    string Notes,
    string Source,
    DateOnly Checked)
{
    public bool Accepts(DeliveryChannel channel) => Channels.Contains(channel);
}

/// <summary>How a request reaches the agency.</summary>
public enum DeliveryChannel
{
    /// <summary>No known way: the requester copies the letter and finds the agency's FOIA office themselves.</summary>
    None = 0,

    /// <summary>The agency's web portal: the page copies the letter and opens the portal for the requester to paste it.</summary>
    Portal,

    /// <summary>An e-mail the app sends to the agency's request address.</summary>
    Email,

    /// <summary>A printed letter the requester posts.</summary>
    Mail,
}
