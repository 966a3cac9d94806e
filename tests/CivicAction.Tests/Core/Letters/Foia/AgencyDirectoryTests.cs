using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The embedded agency directory, the matching of texts to agencies, and the choice of channel.</summary>
public sealed class AgencyDirectoryTests
{
    private const string Header = "key,name,foia_office,channels,portal_url,email,mailing_address,aliases,notes,source,checked";

    private static readonly AgencyDirectory Directory = AgencyDirectory.Default;

    [Fact]
    public void EmbeddedCsv_Loads_AndEveryRowCitesASourceAndTheDateItWasChecked()
    {
        Assert.Equal(["DHS", "ICE", "CBP", "FBI", "DOJ"], Directory.Agencies.Select(a => a.Key));
        Assert.All(Directory.Agencies, a =>
        {
            Assert.Contains("https://", a.Source, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2026, 11, 28), a.Checked);
            Assert.NotEmpty(a.Channels);
        });
    }

    [Fact]
    public void Dhs_AcceptsThePortalOnly_AndHasNoAddressToEmailOrMail()
    {
        var dhs = Directory.Get("dhs")!;

        Assert.Equal([DeliveryChannel.Portal], dhs.Channels);
        Assert.Equal("https://www.dhs.gov/foia", dhs.PortalUrl);
        Assert.Null(dhs.Email);
        Assert.Empty(dhs.MailingAddress);
        Assert.False(dhs.Accepts(DeliveryChannel.Email));
        Assert.False(dhs.Accepts(DeliveryChannel.Mail));
        Assert.Contains("2025-23783", dhs.Source, StringComparison.Ordinal);
        Assert.Contains("foia@hq.dhs.gov is for questions", dhs.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ICE")]
    [InlineData("CBP")]
    public void DhsComponents_UseTheDhsPortal_Only(string key)
    {
        var component = Directory.Get(key)!;

        Assert.Equal([DeliveryChannel.Portal], component.Channels);
        Assert.Equal("https://www.dhs.gov/foia", component.PortalUrl);
        Assert.Null(component.Email);
    }

    [Fact]
    public void SeedAction_IsSentThroughTheDhsPortal_NeverToTheBriefsEmail()
    {
        Assert.Contains("foia@hq.dhs.gov", FoiaSeed.Action.Contacts.Emails);

        var plan = Directory.Plan(FoiaSeed.Action);

        Assert.Equal(DeliveryChannel.Portal, plan.Channel);
        Assert.Equal(DeliverySource.Directory, plan.Source);
        Assert.Equal("https://www.dhs.gov/foia", plan.PortalUrl);
        Assert.Null(plan.EmailTo);
        Assert.Empty(plan.MailingAddress);
        Assert.Equal("DHS", plan.Agency?.Key);
    }

    [Fact]
    public void UnknownAgency_FallsBackToTheBriefsEmailContact()
    {
        var action = Action("File a FOIA request with the Bureau of Prisons", emails: ["BOP-RPP-FOIA-Requests@example.gov"], urls: ["www.example.gov/foia"]);

        var plan = Directory.Plan(action);

        Assert.Null(Directory.Match(action));
        Assert.Equal(DeliveryChannel.Email, plan.Channel);
        Assert.Equal(DeliverySource.Brief, plan.Source);
        Assert.Equal("BOP-RPP-FOIA-Requests@example.gov", plan.EmailTo);
        Assert.Null(plan.Agency);
    }

    [Fact]
    public void UnknownAgency_WithOnlyAWebAddress_HandsOffToThatPage()
    {
        var plan = Directory.Plan(Action("File a FOIA request with the Bureau of Prisons", urls: ["www.example.gov/foia"]));

        Assert.Equal(DeliveryChannel.Portal, plan.Channel);
        Assert.Equal(DeliverySource.Brief, plan.Source);
        Assert.Equal("https://www.example.gov/foia", plan.PortalUrl);
    }

    [Fact]
    public void UnknownAgency_WithoutContacts_HasNoChannel()
    {
        var plan = Directory.Plan(Action("File a FOIA request with the Bureau of Prisons"));

        Assert.Equal(DeliveryChannel.None, plan.Channel);
        Assert.Equal(DeliverySource.None, plan.Source);
        Assert.Null(plan.EmailTo);
        Assert.Null(plan.PortalUrl);
    }

    [Fact]
    public void Doj_IsEmailedAtItsReferralUnit_FromTheDirectory_NotTheBrief()
    {
        var plan = Directory.Plan(Action("File a FOIA request with the Justice Department", emails: ["someone@example.org"]));

        Assert.Equal(DeliveryChannel.Email, plan.Channel);
        Assert.Equal(DeliverySource.Directory, plan.Source);
        Assert.Equal("MRUFOIA.Requests@usdoj.gov", plan.EmailTo);
    }

    [Theory]
    [InlineData("foia,someone@example.org")]
    [InlineData("mailto:foia;someone@example.org")]
    public void BriefAddress_TheSendingParserCannotRead_IsNeverAPlanToEmail(string address)
    {
        // Stored stories keep the contact lines they were imported with: the plan checks them again.
        var plan = DeliveryPlan.For(null, new Contacts([address, "foia@example.org"], [], []));

        Assert.Equal(DeliveryChannel.Email, plan.Channel);
        Assert.Equal("foia@example.org", plan.EmailTo);
        Assert.Equal(DeliveryChannel.None, DeliveryPlan.For(null, new Contacts([address], [], [])).Channel);
    }

    [Fact]
    public void MailPlan_HasTheEnvelope()
    {
        var mailOnly = AgencyDirectory.Parse(Header + "\n"
            + "XA,Example Agency,FOIA Office,mail,,,\"1 Main St|Town, ST 00000\",XA,,\"Example source, https://example.gov\",2026-01-01\n");

        var plan = DeliveryPlan.For(mailOnly.Get("XA"), Contacts.None);

        Assert.Equal(DeliveryChannel.Mail, plan.Channel);
        Assert.Equal(["FOIA Office", "Example Agency", "1 Main St", "Town, ST 00000"], plan.MailingAddress);
    }

    [Theory]
    [InlineData("DHS", "DHS")]
    [InlineData("the Department of Homeland Security", "DHS")]
    [InlineData("department of homeland   security", "DHS")]
    [InlineData("foia@hq.dhs.gov", "DHS")]
    [InlineData("www.dhs.gov/foia", "DHS")]
    [InlineData("https://www.dhs.gov/foia.", "DHS")]
    [InlineData("foia@ice.dhs.gov", "ICE")]
    [InlineData("Immigration and Customs Enforcement", "ICE")]
    [InlineData("Homeland Security Investigations agents", "ICE")]
    [InlineData("Border Patrol", "CBP")]
    [InlineData("the FBI's files", "FBI")]
    [InlineData("Justice Department", "DOJ")]
    [InlineData("U.S. Department of Justice", "DOJ")]
    public void Find_RecognisesAcronymsNamesAndDomains(string text, string key)
    {
        Assert.Equal(key, Directory.Find(text)?.Key);
    }

    [Theory]
    [InlineData("an ice storm")]
    [InlineData("notdhs.gov")]
    [InlineData("www.dhs.gov.example.com")]
    [InlineData("Environmental Protection Agency")]
    [InlineData("")]
    public void Find_IgnoresLookalikes_AndAgenciesNotInTheDirectory(string text)
    {
        Assert.Null(Directory.Find(text));
    }

    [Fact]
    public void Find_PrefersTheFirstNamedAgency()
    {
        Assert.Equal("ICE", Directory.Find("ICE, a DHS component")?.Key);
        Assert.Equal("DHS", Directory.Find("DHS and its component ICE")?.Key);
    }

    [Fact]
    public void Match_ReadsTheTitleBeforeTheData()
    {
        var action = Action("File a FOIA request with ICE for detention contracts", blocks:
            [new Block("Data points", "", [new ListItem("FBI statements say ...", [])])]);

        Assert.Equal("ICE", Directory.Match(action)?.Key);
    }

    [Fact]
    public void Parse_ReadsQuotedFields_WithCommasQuotesAndCrlf()
    {
        var directory = AgencyDirectory.Parse(Header + "\r\n"
            + "XA,\"Agency, Example\",,portal,https://x.example.gov,,,\"XA|\"\"X\"\" Agency\",\"Say \"\"hi\"\"\",src,2026-01-01\r\n");

        var agency = Assert.Single(directory.Agencies);
        Assert.Equal("Agency, Example", agency.Name);
        Assert.Equal(["XA", "\"X\" Agency"], agency.Aliases);
        Assert.Equal("Say \"hi\"", agency.Notes);
    }

    [Theory]
    [InlineData("XA,Example,,portal,https://x.example.gov,,,XA,,,2026-01-01", "source")]
    [InlineData("XA,Example,,portal,https://x.example.gov,,,XA,,src,", "checked")]
    [InlineData("XA,Example,,portal,https://x.example.gov,foia@x.example.gov,,XA,,src,2026-01-01", "email")]
    [InlineData("XA,Example,,email,,,,XA,,src,2026-01-01", "email")]
    [InlineData("XA,Example,,portal,http://x.example.gov,,,XA,,src,2026-01-01", "https://")]
    [InlineData("XA,Example,,portal,https://x.example.gov,,1 Main St,XA,,src,2026-01-01", "mailing_address")]
    [InlineData("XA,Example,,fax,,,,XA,,src,2026-01-01", "unknown channel")]
    [InlineData("XA,Example,,portal,https://x.example.gov,,,,,src,2026-01-01", "aliases")]
    [InlineData("XA,Example,,portal,https://x.example.gov,,,XA,src,2026-01-01", "fields")]
    [InlineData("XA,\"Example,,portal,https://x.example.gov,,,XA,,src,2026-01-01", "not closed")]
    [InlineData("XA,Ex\"ample,,portal,https://x.example.gov,,,XA,,src,2026-01-01", "quote inside an unquoted field")]
    public void Parse_RejectsRowsMissingAFactOrBreakingTheRules(string row, string complaint)
    {
        var e = Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse(Header + "\n" + row + "\n"));

        Assert.Contains(complaint, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsADuplicateKey_AndAWrongHeader()
    {
        const string Row = "XA,Example,,portal,https://x.example.gov,,,XA,,src,2026-01-01";

        Assert.Contains("twice", Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse(Header + "\n" + Row + "\n" + Row.Replace("XA,", "xa,", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("header", Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse("key,name\n" + Row)).Message, StringComparison.Ordinal);
    }

    private static BriefAction Action(string title, IReadOnlyList<string>? emails = null, IReadOnlyList<string>? urls = null, IReadOnlyList<Block>? blocks = null) =>
        new(1, "civic action", ActionChannel.Foia, title, "", new Contacts(emails ?? [], urls ?? [], []), null, null, blocks ?? [], [], null);
}
