using System.Xml;
using System.Xml.Linq;
using CivicAction.Core.Letters.Congress.Cwc;

namespace CivicAction.Tests.Core.Letters.Congress.Cwc;

public sealed class CwcMessageBuilderTests
{
    private static readonly CwcDeliveryAgent Agent = new("CivicAction", "acks@civicaction.example", "Jordan Operator", "ops@civicaction.example", "202-555-0143", "campaign-7");
    private static readonly CwcConstituent Dana = new("Ms.", "Dana", "Rivera", "4200 Fremont Ave N, Apt 3", "Seattle", "WA", "98103", "dana@example.org");
    private static readonly CwcLetter Letter = new(new string('a', 32), new DateOnly(2026, 6, 20), "HWA07", "Oversight of DHS", "Immigration", "Dear Representative Jayapal,\n\nPlease act.");

    private static XDocument Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static XDocument Built(CwcConstituent? constituent = null, CwcLetter? letter = null)
    {
        var build = CwcMessageBuilder.Build(Agent, constituent ?? Dana, letter ?? Letter);
        Assert.True(build.IsValid, string.Join("; ", build.Problems));
        return Parse(build.Xml!);
    }

    [Fact]
    public void EveryField_IsWritten_InTheSchemasElements_AndOrder()
    {
        var xml = Built().Root!;

        Assert.Equal("CWC", xml.Name.LocalName);
        Assert.Equal(["CWCVersion", "Delivery", "Recipient", "Constituent", "Message"], xml.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("2.0", xml.Element("CWCVersion")!.Value);
        var delivery = xml.Element("Delivery")!;
        Assert.Equal(["DeliveryId", "DeliveryDate", "DeliveryAgent", "DeliveryAgentAckEmailAddress", "DeliveryAgentContact", "CampaignId"],
            delivery.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(new string('a', 32), delivery.Element("DeliveryId")!.Value);
        Assert.Equal("20260620", delivery.Element("DeliveryDate")!.Value);
        Assert.Equal("CivicAction", delivery.Element("DeliveryAgent")!.Value);
        Assert.Equal("acks@civicaction.example", delivery.Element("DeliveryAgentAckEmailAddress")!.Value);
        Assert.Equal(["Jordan Operator", "ops@civicaction.example", "202-555-0143"], delivery.Element("DeliveryAgentContact")!.Elements().Select(e => e.Value));
        Assert.Equal(["DeliveryAgentContactName", "DeliveryAgentContactEmail", "DeliveryAgentContactPhone"],
            delivery.Element("DeliveryAgentContact")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("campaign-7", delivery.Element("CampaignId")!.Value);
        Assert.Equal("HWA07", xml.Element("Recipient")!.Element("MemberOffice")!.Value);
        var constituent = xml.Element("Constituent")!;
        Assert.Equal(["Prefix", "FirstName", "LastName", "Address1", "City", "StateAbbreviation", "Zip", "Email", "EmailValidation"],
            constituent.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["Ms.", "Dana", "Rivera", "4200 Fremont Ave N, Apt 3", "Seattle", "WA", "98103", "dana@example.org", "Y"],
            constituent.Elements().Select(e => e.Value));
        var message = xml.Element("Message")!;
        Assert.Equal(["Subject", "LibraryOfCongressTopics", "ConstituentMessage"], message.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Oversight of DHS", message.Element("Subject")!.Value);
        Assert.Equal(["Immigration"], message.Element("LibraryOfCongressTopics")!.Elements("LibraryOfCongressTopic").Select(e => e.Value));
        Assert.Equal("Dear Representative Jayapal,\n\nPlease act.", message.Element("ConstituentMessage")!.Value);
    }

    [Fact]
    public void TheDocument_IsUtf8_WithADeclaration_AndNoByteOrderMark()
    {
        var xml = CwcMessageBuilder.Build(Agent, Dana, Letter).Xml!;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        Assert.NotEqual('\uFEFF', xml[0]);
    }

    [Fact]
    public void Markup_InAnyText_IsEscaped_AndReadsBackAsTheSameText()
    {
        var hostile = "</LastName><Email>attacker@evil.test</Email><!-- & ]]> \"'";
        var xml = Built(Dana with { LastName = "Rivera" + hostile }, Letter with { Message = "Hello <script>alert(1)</script> & goodbye" + hostile }).Root!;

        Assert.Equal("Rivera" + hostile, xml.Element("Constituent")!.Element("LastName")!.Value);
        Assert.Single(xml.Element("Constituent")!.Elements("Email"));
        Assert.Equal("Hello <script>alert(1)</script> & goodbye" + hostile, xml.Element("Message")!.Element("ConstituentMessage")!.Value);
    }

    [Fact]
    public void ControlCharacters_AreRemoved_LineBreaksKeptOnlyInTheLetter()
    {
        var xml = Built(Dana with { City = "Sea\u0000ttle\u001B", FirstName = "Da\nna" }, Letter with { Message = "Line one\r\nLine\u0007 two\u000B\tend\uFFFF" }).Root!;

        Assert.Equal("Seattle", xml.Element("Constituent")!.Element("City")!.Value);
        Assert.Equal("Da na", xml.Element("Constituent")!.Element("FirstName")!.Value);
        Assert.Equal("Line one\nLine two end", xml.Element("Message")!.Element("ConstituentMessage")!.Value);
    }

    [Fact]
    public void AVeryLongLetter_IsRefused_WithCwcsLimit_RatherThanCut()
    {
        var build = CwcMessageBuilder.Build(Agent, Dana, Letter with { Message = new string('x', 10_001) });

        Assert.False(build.IsValid);
        Assert.Equal(["The letter must have at most 10,000 characters (it has 10,001)"], build.Problems);
        Assert.True(CwcMessageBuilder.Build(Agent, Dana, Letter with { Message = new string('x', 10_000) }).IsValid);
    }

    [Theory]
    [InlineData("City", "Oz", "Your city must have at least 3 characters")]
    [InlineData("Prefix", " ", "Your title (Mr., Ms., Mx. ...) is missing")]
    [InlineData("Zip", "9810", "your ZIP code must be five digits, or ZIP+4 such as 98103-1234")]
    [InlineData("StateCode", "XX", "'XX' is not a state CWC knows")]
    [InlineData("Email", "dana", "your e-mail address is not one CWC accepts")]
    public void AValueCwcWouldRefuse_IsAProblem_NotAMessage(string field, string value, string problem)
    {
        var constituent = field switch
        {
            "City" => Dana with { City = value },
            "Prefix" => Dana with { Prefix = value },
            "Zip" => Dana with { Zip = value },
            "StateCode" => Dana with { StateCode = value },
            _ => Dana with { Email = value },
        };

        var build = CwcMessageBuilder.Build(Agent, constituent, Letter);

        Assert.Null(build.Xml);
        Assert.Equal([problem], build.Problems);
    }

    [Fact]
    public void ATopicOutsideTheList_ASubjectTooShort_AndABadOfficeCode_AreProblems()
    {
        var build = CwcMessageBuilder.Build(Agent, Dana, Letter with { Topic = "Immigration Policy", Subject = "Hi", OfficeCode = "HWA7" });

        Assert.Equal(["'HWA7' is not a CWC office code", "The subject must have at least 6 characters", "'Immigration Policy' is not one of CWC's Library of Congress topics"],
            build.Problems);
    }

    [Fact]
    public void NewDeliveryIds_Are32LettersAndDigits_AndDiffer()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => CwcMessageBuilder.NewDeliveryId()).ToList();

        Assert.All(ids, id => Assert.Matches("^[a-z0-9]{32}$", id));
        Assert.Equal(100, ids.Distinct().Count());
    }
}
