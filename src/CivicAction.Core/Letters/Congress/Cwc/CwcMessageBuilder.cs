using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace CivicAction.Core.Letters.Congress.Cwc;

/// <summary>
/// Writes one CWC 2.0 message (docs/cwc.md): Delivery, Recipient, Constituent and Message, in the order of the
/// published examples, every value escaped by the XML writer. Each value is first checked against the schema's
/// bounds, so a message CWC would refuse for its form is never held: the problems say what to change instead.
/// Control characters that XML cannot carry are removed; line breaks survive only in the letter.
/// </summary>
public static partial class CwcMessageBuilder
{
    public const string Version = "2.0";
    public const int MessageMax = 10_000;
    public const int MessageMin = 6;
    public const int SubjectMin = 6;
    public const int TextMax = 500;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A new delivery id: 32 random letters and digits, as the schema's uid_type requires.</summary>
    public static string NewDeliveryId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static CwcBuild Build(CwcDeliveryAgent agent, CwcConstituent constituent, CwcLetter letter)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(constituent);
        ArgumentNullException.ThrowIfNull(letter);
        var problems = new List<string>();
        var v = new Values(problems);

        var deliveryId = v.Pattern(letter.DeliveryId, Uid(), "the delivery id must be 32 letters and digits");
        var agentName = v.Line(agent.Name, 4, TextMax, "CongressDelivery:Cwc:DeliveryAgent");
        var ackEmail = v.Pattern(agent.AckEmail, Email(), "CongressDelivery:Cwc:DeliveryAgentAckEmail must be an e-mail address");
        var contactName = v.Line(agent.ContactName, 6, TextMax, "CongressDelivery:Cwc:DeliveryAgentContactName");
        var contactEmail = v.Pattern(agent.ContactEmail, Email(), "CongressDelivery:Cwc:DeliveryAgentContactEmail must be an e-mail address");
        var contactPhone = v.Pattern(agent.ContactPhone, Phone(), "CongressDelivery:Cwc:DeliveryAgentContactPhone must be written 202-555-0100");
        var campaign = v.Line(agent.CampaignId, 2, TextMax, "CongressDelivery:Cwc:CampaignId");
        var office = v.Pattern(letter.OfficeCode, Office(), $"'{letter.OfficeCode}' is not a CWC office code");

        var prefix = v.Line(constituent.Prefix, 1, TextMax, "your title (Mr., Ms., Mx. ...)");
        var first = v.Line(constituent.FirstName, 1, TextMax, "your first name");
        var last = v.Line(constituent.LastName, 1, TextMax, "your last name");
        var street = v.Line(constituent.Street, 3, TextMax, "your street address");
        var city = v.Line(constituent.City, 3, TextMax, "your city");
        var state = v.Pattern(constituent.StateCode?.ToUpperInvariant(), State(), $"'{constituent.StateCode}' is not a state CWC knows");
        var zip = v.Pattern(constituent.Zip, Zip(), "your ZIP code must be five digits, or ZIP+4 such as 98103-1234");
        var email = v.Pattern(constituent.Email, Email(), "your e-mail address is not one CWC accepts");

        var subject = v.Line(letter.Subject, SubjectMin, TextMax, "the subject");
        if (!CwcTopics.IsKnown(letter.Topic))
        {
            problems.Add($"'{letter.Topic}' is not one of CWC's Library of Congress topics");
        }

        var message = v.Text(letter.Message, MessageMin, MessageMax, "the letter");
        if (problems.Count > 0)
        {
            return new CwcBuild(null, problems);
        }

        var settings = new XmlWriterSettings { Encoding = Utf8, Indent = true, CheckCharacters = true, NewLineHandling = NewLineHandling.Entitize };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("CWC");
            xml.WriteElementString("CWCVersion", Version);

            xml.WriteStartElement("Delivery");
            xml.WriteElementString("DeliveryId", deliveryId);
            xml.WriteElementString("DeliveryDate", letter.DeliveryDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteElementString("DeliveryAgent", agentName);
            xml.WriteElementString("DeliveryAgentAckEmailAddress", ackEmail);
            xml.WriteStartElement("DeliveryAgentContact");
            xml.WriteElementString("DeliveryAgentContactName", contactName);
            xml.WriteElementString("DeliveryAgentContactEmail", contactEmail);
            xml.WriteElementString("DeliveryAgentContactPhone", contactPhone);
            xml.WriteEndElement();
            xml.WriteElementString("CampaignId", campaign);
            xml.WriteEndElement();

            xml.WriteStartElement("Recipient");
            xml.WriteElementString("MemberOffice", office);
            xml.WriteEndElement();

            xml.WriteStartElement("Constituent");
            xml.WriteElementString("Prefix", prefix);
            xml.WriteElementString("FirstName", first);
            xml.WriteElementString("LastName", last);
            xml.WriteElementString("Address1", street);
            xml.WriteElementString("City", city);
            xml.WriteElementString("StateAbbreviation", state);
            xml.WriteElementString("Zip", zip);
            xml.WriteElementString("Email", email);
            // The person confirmed this address through the link the site sent them before anything was delivered.
            xml.WriteElementString("EmailValidation", "Y");
            xml.WriteEndElement();

            xml.WriteStartElement("Message");
            xml.WriteElementString("Subject", subject);
            xml.WriteStartElement("LibraryOfCongressTopics");
            xml.WriteElementString("LibraryOfCongressTopic", letter.Topic);
            xml.WriteEndElement();
            xml.WriteElementString("ConstituentMessage", message);
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new CwcBuild(Utf8.GetString(stream.ToArray()), [], deliveryId);
    }

    /// <summary>Text as XML 1.0 can carry it: no control characters but line breaks (and tabs, as spaces), no unpaired surrogates.</summary>
    internal static string Clean(string? text, bool multiline)
    {
        var value = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (c == '\n')
            {
                sb.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
            {
                sb.Append(c);
            }
        }

        return multiline ? sb.ToString().Trim() : Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>Cleans and checks each value, noting a problem (and returning it anyway) when it is out of bounds.</summary>
    private sealed class Values(List<string> problems)
    {
        public string Line(string? text, int min, int max, string what) => Bounded(Clean(text, multiline: false), min, max, what);

        public string Text(string? text, int min, int max, string what) => Bounded(Clean(text, multiline: true), min, max, what);

        public string Pattern(string? text, Regex pattern, string problem)
        {
            var value = Clean(text, multiline: false);
            if (!pattern.IsMatch(value))
            {
                problems.Add(problem);
            }

            return value;
        }

        private string Bounded(string value, int min, int max, string what)
        {
            if (value.Length < min)
            {
                problems.Add(min <= 1 ? $"{Capital(what)} is missing" : $"{Capital(what)} must have at least {min} characters");
            }
            else if (value.Length > max)
            {
                problems.Add($"{Capital(what)} must have at most {max:N0} characters (it has {value.Length:N0})");
            }

            return value;
        }

        private static string Capital(string what) => what.StartsWith("CongressDelivery", StringComparison.Ordinal) ? what : char.ToUpperInvariant(what[0]) + what[1..];
    }

    [GeneratedRegex(@"^[a-zA-Z0-9]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Uid();

    // The schema's email_type, anchored: something, @, a dot-free part, a dot, something.
    [GeneratedRegex(@"^[^@\s]+@[^.@\s]+\..+$", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{3}-[0-9]{4}$", RegexOptions.CultureInvariant)]
    internal static partial Regex Phone();

    [GeneratedRegex(@"^(H[A-Z]{2}[0-9]{2}|S[A-Z]{2}0[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    [GeneratedRegex(@"^(AK|AL|AR|AS|AZ|CA|CO|CT|DC|DE|FL|GA|GU|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MP|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VA|VI|VT|WA|WI|WV|WY)$", RegexOptions.CultureInvariant)]
    private static partial Regex State();

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Zip();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
