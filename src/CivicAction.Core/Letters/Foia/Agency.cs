using CivicAction.Core.Deadlines;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// A federal agency's or component's FOIA office as the directory (agencies.csv) records it: the channels it accepts
/// requests by, where its appeals go, its own grounds for expedited processing, and where each of those facts comes from.
/// </summary>
/// <remarks>
/// A component's row is already resolved against its parent: whatever the row leaves empty (channels, notes, appeal,
/// expedited grounds) is the parent's, so DHS's portal-only rule reaches every DHS component.
/// </remarks>
/// <param name="Key">Short, stable identifier ("DHS"), what a request's agency key holds.</param>
/// <param name="ParentKey">The key of the department the component belongs to ("DHS" for ICE); null for a department or independent agency.</param>
/// <param name="Name">The agency's name as a letter addresses it.</param>
/// <param name="FoiaOffice">The office that processes requests; empty when the directory does not name one.</param>
/// <param name="Channels">The channels the agency accepts requests by, in its order of preference (never empty).</param>
/// <param name="PortalUrl">The web portal requests are filed through, when <see cref="DeliveryChannel.Portal"/> is accepted.</param>
/// <param name="Email">The address that accepts requests, when <see cref="DeliveryChannel.Email"/> is accepted.</param>
/// <param name="MailingAddress">Envelope lines below the office and name; empty unless <see cref="DeliveryChannel.Mail"/> is accepted.</param>
/// <param name="Aliases">How texts name the agency: acronyms, names, mail and web domains, known addresses.</param>
/// <param name="Notes">Advice for the requester, e.g. which address is for questions only.</param>
/// <param name="Source">Where the channel facts come from, and whether they were checked.</param>
/// <param name="Appeal">Where appeals go; null when the directory does not know (the statute's floor then applies).</param>
/// <param name="ExpeditedGrounds">Grounds for expedited processing that the agency's regulation adds to the statute's two.</param>
/// <param name="ExpeditedSource">Where <paramref name="ExpeditedGrounds"/> come from; null when there are none.</param>
public sealed record Agency(
    string Key,
    string? ParentKey,
    string Name,
    string FoiaOffice,
    IReadOnlyList<DeliveryChannel> Channels,
    string? PortalUrl,
    string? Email,
    IReadOnlyList<string> MailingAddress,
    IReadOnlyList<string> Aliases,
    string Notes,
    FactSource Source,
    AppealOffice? Appeal,
    IReadOnlyList<string> ExpeditedGrounds,
    FactSource? ExpeditedSource)
{
    /// <summary>Whether <paramref name="ground"/> is one of <see cref="ExpeditedGrounds"/>, word for word once trimmed:
    /// the one rule by which the checks accept a chosen ground and the letters quote it.</summary>
    public bool HasExpeditedGround(string? ground) => ExpeditedGrounds.Contains((ground ?? "").Trim(), StringComparer.Ordinal);

    /// <summary>Channels the agency's source says it no longer accepts (DHS: e-mail and post), not merely unlisted ones.</summary>
    public IReadOnlyList<DeliveryChannel> RefusedChannels { get; init; } = [];

    public bool Accepts(DeliveryChannel channel) => Channels.Contains(channel);

    public bool Refuses(DeliveryChannel channel) => RefusedChannels.Contains(channel);

    /// <summary>The rule for the appeal deadline: the directory's, or the statute's floor of 90 calendar days.</summary>
    public AppealRule AppealRule => Appeal?.Rule ?? AppealRule.Statutory;
}

/// <summary>Where a group of facts in the directory comes from, and when it was checked against that source.</summary>
/// <param name="Citation">The regulation, Federal Register document or agency page, with its address.</param>
/// <param name="Checked">The day the facts were checked against <paramref name="Citation"/>; null when they were not verified.</param>
public sealed record FactSource(string Citation, DateOnly? Checked)
{
    public bool Verified => Checked is not null;
}

/// <summary>The office that decides an agency's FOIA appeals, how it takes them, and how long a requester has.</summary>
/// <param name="Office">The office or official ("Office of Information Policy", "FOIA Appeals Officer").</param>
/// <param name="AgencyName">The agency the office belongs to: the department for DOJ's OIP, the component itself for a DHS component's Appeals Officer.</param>
/// <param name="Channels">How the office takes appeals; empty when the determination letter gives the address.</param>
/// <param name="PortalUrl">The portal for <see cref="DeliveryChannel.Portal"/>.</param>
/// <param name="Email">The address for <see cref="DeliveryChannel.Email"/>.</param>
/// <param name="MailingAddress">Envelope lines below the office and agency, for <see cref="DeliveryChannel.Mail"/>.</param>
/// <param name="Rule">The appeal window, in calendar or working days.</param>
/// <param name="Notes">What else the requester must know (postmark or receipt, marking the envelope).</param>
/// <param name="Source">Where these facts come from.</param>
public sealed record AppealOffice(
    string Office,
    string AgencyName,
    IReadOnlyList<DeliveryChannel> Channels,
    string? PortalUrl,
    string? Email,
    IReadOnlyList<string> MailingAddress,
    AppealRule Rule,
    string Notes,
    FactSource Source)
{
    /// <summary>The window as a person reads it: "90 working days" or "90 calendar days".</summary>
    public string Window => FormattableString.Invariant($"{Rule.Days} {(Rule.CountsWorkingDays ? "working" : "calendar")} days");

    /// <summary>The lines an appeal letter is addressed with: the office, the agency, and the postal address when known.</summary>
    public IReadOnlyList<string> Recipient => [Office, AgencyName, .. MailingAddress];
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
