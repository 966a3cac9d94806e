namespace CivicAction.Core.Letters.Congress.Cwc;

/// <summary>
/// The registered delivery agent that sends the message (the site's operator), with the campaign it files the
/// messages under: the operator's settings, the same on every message.
/// </summary>
public sealed record CwcDeliveryAgent(string Name, string AckEmail, string ContactName, string ContactEmail, string ContactPhone, string CampaignId);

/// <summary>The writer as CWC records them; all of these are required by CWC (the optional ones are not sent).</summary>
public sealed record CwcConstituent(
    string Prefix, string FirstName, string LastName, string Street, string City, string StateCode, string Zip, string Email);

/// <summary>
/// One message for one office: its delivery id (32 letters and digits, fixed when the letter is held, so every
/// attempt carries the same one), the date, the office code, the subject, the topic and the letter itself.
/// </summary>
public sealed record CwcLetter(string DeliveryId, DateOnly DeliveryDate, string OfficeCode, string Subject, string Topic, string Message);

/// <summary>The XML of a message, or why it cannot be one (each problem a sentence for the person or the operator).</summary>
public sealed record CwcBuild(string? Xml, IReadOnlyList<string> Problems, string? DeliveryId = null)
{
    public bool IsValid => Xml is not null;
}
