using CivicAction.Core.Briefs;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The embedded agency directory, the matching of texts to agencies, and the choice of channel.</summary>
public sealed class AgencyDirectoryTests
{
    private const string Header = "key,parent,name,aliases,foia_office,channels,portal_url,email,mailing_address,notes,source,checked,refused_channels,"
        + "appeal_by,appeal_office,appeal_channels,appeal_url,appeal_email,appeal_address,appeal_window,appeal_notes,appeal_source,appeal_checked,"
        + "expedited_grounds,expedited_source,expedited_checked";

    private static readonly AgencyDirectory Directory = AgencyDirectory.Default;

    [Fact]
    public void EmbeddedCsv_Loads_AndEveryFactCitesItsSource_CheckedOnADayOrMarkedUnverified()
    {
        Assert.InRange(Directory.Agencies.Count, 60, 90);
        Assert.All(Directory.Agencies, a =>
        {
            IEnumerable<FactSource> sources = [a.Source, .. a.Appeal is { } appeal ? [appeal.Source] : Array.Empty<FactSource>(), .. a.ExpeditedSource is { } e ? [e] : Array.Empty<FactSource>()];
            Assert.All(sources, s =>
            {
                Assert.False(string.IsNullOrWhiteSpace(s.Citation));
                Assert.True(s.Checked is null || s.Checked <= new DateOnly(2026, 12, 1), $"{a.Key}: a check in the future");
            });
            Assert.NotEmpty(a.Channels);
            Assert.NotEmpty(a.Aliases);
        });
    }

    [Theory]
    [InlineData("DHS", "ICE", "CBP", "USCIS", "TSA", "FEMA", "USSS", "USCG", "CISA", "DHSOIG")]
    [InlineData("DOJ", "OIP", "OLC", "FBI", "EOUSA", "BOP", "DEA", "ATF", "USMS", "CRT")]
    [InlineData("USDA", "FSIS")]
    [InlineData("HHS", "CDC", "FDA", "CMS", "NIH")]
    [InlineData("DOT", "FAA")]
    [InlineData("DOD", "ARMY", "NAVY", "USAF", "USMC")]
    [InlineData("TREAS", "IRS")]
    [InlineData("DOC", "CENSUS", "NOAA")]
    public void EmbeddedCsv_HasTheDepartmentsTheIssueNames_WithTheirComponents(string department, params string[] components)
    {
        Assert.NotNull(Directory.Get(department));
        Assert.All(components, key => Assert.Equal(department, Directory.Get(key)?.ParentKey));
    }

    [Fact]
    public void EmbeddedCsv_HasTheIndependentAgenciesTheIssueNames()
    {
        string[] keys = ["EPA", "NARA", "VA", "SSA", "HUD", "ED", "STATE", "DOI", "DOL", "DOE", "SBA", "OPM", "GSA", "NASA", "FCC", "FTC", "SEC", "NRC", "FEC", "CFPB", "NLRB", "EEOC", "USPS"];
        Assert.All(keys, key => Assert.Null(Directory.Get(key)?.ParentKey ?? (Directory.Get(key) is null ? "missing " + key : null)));
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
        Assert.Contains("2025-23783", dhs.Source.Citation, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 1), dhs.Source.Checked);
        Assert.Contains("foia@hq.dhs.gov is for questions", dhs.Notes, StringComparison.Ordinal);
        Assert.Contains("generally", dhs.Notes, StringComparison.Ordinal);
        Assert.Contains("without internet access", dhs.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDhsComponent_InheritsThePortalOnlyRule_AndItsSource()
    {
        var dhs = Directory.Get("DHS")!;
        var components = Directory.Agencies.Where(a => a.ParentKey == "DHS").ToList();

        Assert.Equal(9, components.Count);
        Assert.All(components, component =>
        {
            Assert.Equal([DeliveryChannel.Portal], component.Channels);
            Assert.Equal("https://www.dhs.gov/foia", component.PortalUrl);
            Assert.Null(component.Email);
            Assert.Empty(component.MailingAddress);
            Assert.Same(dhs.Source, component.Source);
            Assert.Contains("generally no longer accept", component.Notes, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("ICE", "U.S. Immigration and Customs Enforcement")]
    [InlineData("USCG", "U.S. Coast Guard")]
    public void DhsComponent_AppealsToItsOwnAppealsOfficer_Within90WorkingDays(string key, string name)
    {
        var appeal = Directory.Get(key)!.Appeal!;

        Assert.Equal(["FOIA Appeals Officer", name], appeal.Recipient);
        Assert.True(appeal.Rule.CountsWorkingDays);
        Assert.Equal(90, appeal.Rule.Days);
        Assert.Equal("90 working days", appeal.Window);
        Assert.Contains("6 CFR 5.8(a)(1)", appeal.Source.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FBI")]
    [InlineData("BOP")]
    [InlineData("DOJ")]
    public void DojAppeals_GoToTheOfficeOfInformationPolicy_NotTheComponent(string key)
    {
        var appeal = Directory.Get(key)!.Appeal!;

        Assert.Equal(["Office of Information Policy", "U.S. Department of Justice", "6th Floor", "441 G Street NW", "Washington, DC 20530-0001"], appeal.Recipient);
        Assert.Equal([DeliveryChannel.Portal, DeliveryChannel.Mail], appeal.Channels);
        Assert.Equal("90 calendar days", appeal.Window);
        Assert.True(appeal.Source.Verified);
    }

    [Fact]
    public void Components_InheritTheirDepartmentsExpeditedGrounds_AndAgenciesWithoutAreEmpty()
    {
        Assert.Equal(2, Directory.Get("FBI")!.ExpeditedGrounds.Count);
        Assert.Contains(Directory.Get("DOJ")!.ExpeditedGrounds, g => g.Contains("due process", StringComparison.Ordinal));
        Assert.Contains(Directory.Get("ARMY")!.ExpeditedGrounds, g => g.Contains("humanitarian", StringComparison.Ordinal));
        Assert.Empty(Directory.Get("DHS")!.ExpeditedGrounds);
        Assert.Null(Directory.Get("DHS")!.ExpeditedSource);
    }

    [Fact]
    public void UnverifiedRows_SayWhatTheyWouldBeCheckedAgainst()
    {
        var sba = Directory.Get("SBA")!;

        Assert.False(sba.Source.Verified);
        Assert.Contains("18F", sba.Source.Citation, StringComparison.Ordinal);
        Assert.Equal(DeliveryChannel.Portal, sba.Channels[0]);
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
        var action = Action("File a FOIA request with the Federal Maritime Commission", emails: ["FOIA-Requests@example.gov"], urls: ["www.example.gov/foia"]);

        var plan = Directory.Plan(action);

        Assert.Null(Directory.Match(action));
        Assert.Equal(DeliveryChannel.Email, plan.Channel);
        Assert.Equal(DeliverySource.Brief, plan.Source);
        Assert.Equal("FOIA-Requests@example.gov", plan.EmailTo);
        Assert.Null(plan.Agency);
    }

    [Fact]
    public void UnknownAgency_WithOnlyAWebAddress_HandsOffToThatPage()
    {
        var plan = Directory.Plan(Action("File a FOIA request with the Federal Maritime Commission", urls: ["www.example.gov/foia"]));

        Assert.Equal(DeliveryChannel.Portal, plan.Channel);
        Assert.Equal(DeliverySource.Brief, plan.Source);
        Assert.Equal("https://www.example.gov/foia", plan.PortalUrl);
    }

    [Fact]
    public void UnknownAgency_WithoutContacts_HasNoChannel()
    {
        var plan = Directory.Plan(Action("File a FOIA request with the Federal Maritime Commission"));

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
            + Row(("foia_office", "FOIA Office"), ("name", "Example Agency"), ("channels", "mail"), ("portal_url", ""), ("mailing_address", "1 Main St|Town, ST 00000")) + "\n");

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
    [InlineData("efoia@uscg.mil", "USCG")]
    [InlineData("uscis.foia@dhs.gov", "USCIS")]
    [InlineData("www.uscis.gov/records", "USCIS")]
    [InlineData("Environmental Protection Agency", "EPA")]
    [InlineData("the State Department's cables", "STATE")]
    [InlineData("https://www.army.mil", "ARMY")]
    public void Find_RecognisesAcronymsNamesAndDomains(string text, string key)
    {
        Assert.Equal(key, Directory.Find(text)?.Key);
    }

    [Theory]
    [InlineData("an ice storm")]
    [InlineData("notdhs.gov")]
    [InlineData("www.dhs.gov.example.com")]
    [InlineData("Federal Maritime Commission")]
    [InlineData("the state of Virginia")]
    [InlineData("Arlington, VA 22202")]
    [InlineData("")]
    public void Find_IgnoresLookalikes_AndAgenciesNotInTheDirectory(string text)
    {
        Assert.Null(Directory.Find(text));
    }

    [Fact]
    public void Find_PrefersTheFirstNamedAgency()
    {
        Assert.Equal("ICE", Directory.Find("ICE, a DHS component")?.Key);
        Assert.Equal("FBI", Directory.Find("the FBI and the DEA")?.Key);
    }

    [Fact]
    public void Find_PrefersTheMostSpecificComponent_OverItsDepartment()
    {
        Assert.Equal("ICE", Directory.Find("DHS and its component ICE")?.Key);
        Assert.Equal("USCIS", Directory.Find("the Department of Homeland Security (USCIS)")?.Key);
        Assert.Equal("DHS", Directory.Find("DHS, and separately the FBI")?.Key);
    }

    [Fact]
    public void Match_NarrowsTheTitlesDepartment_ToTheComponentOfTheContactLine()
    {
        var action = Action("File a FOIA request with DHS", emails: ["uscis.foia@dhs.gov"]);

        Assert.Equal("USCIS", Directory.Match(action)?.Key);
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
            + "XA,,\"Agency, Example\",\"XA|\"\"X\"\" Agency\",,portal,https://x.example.gov,,,\"Say \"\"hi\"\"\",src,2026-01-01,,,,,,,,,,,,,,\r\n");

        var agency = Assert.Single(directory.Agencies);
        Assert.Equal("Agency, Example", agency.Name);
        Assert.Equal(["XA", "\"X\" Agency"], agency.Aliases);
        Assert.Equal("Say \"hi\"", agency.Notes);
        Assert.Equal(new FactSource("src", new DateOnly(2026, 1, 1)), agency.Source);
    }

    [Fact]
    public void Parse_Unverified_IsAFactWithoutADate()
    {
        var agency = AgencyDirectory.Parse(Header + "\n" + Row(("checked", "unverified"))).Agencies[0];

        Assert.False(agency.Source.Verified);
        Assert.Equal("src", agency.Source.Citation);
    }

    [Fact]
    public void Parse_AComponentTakesWhatItLeavesEmptyFromItsParent()
    {
        var directory = AgencyDirectory.Parse(Header + "\n"
            + Row(("notes", "parent notes"), ("appeal_by", "component"), ("appeal_office", "Appeals Officer"), ("appeal_window", "30 working days"),
                ("appeal_source", "reg"), ("appeal_checked", "unverified"), ("expedited_grounds", "one|two"), ("expedited_source", "reg 2"), ("expedited_checked", "2026-01-02")) + "\n"
            + Row(("key", "XB"), ("parent", "XA"), ("name", "Example Bureau"), ("aliases", "XB"), ("channels", ""), ("portal_url", ""), ("source", ""), ("checked", "")) + "\n");

        var bureau = directory.Get("XB")!;
        Assert.Equal("XA", bureau.ParentKey);
        Assert.Equal([DeliveryChannel.Portal], bureau.Channels);
        Assert.Equal("https://x.example.gov", bureau.PortalUrl);
        Assert.Equal("parent notes", bureau.Notes);
        Assert.Equal(["Appeals Officer", "Example Bureau"], bureau.Appeal!.Recipient);
        Assert.Equal(AppealRule.WorkingDays(30), bureau.AppealRule);
        Assert.Equal(["one", "two"], bureau.ExpeditedGrounds);
        Assert.Equal(new DateOnly(2026, 1, 2), bureau.ExpeditedSource!.Checked);
        Assert.True(directory.IsWithin(bureau, directory.Get("XA")!));
        Assert.False(directory.IsWithin(directory.Get("XA")!, bureau));
    }

    [Fact]
    public void Parse_AnAgencyWideAppealOffice_KeepsTheDepartmentsName()
    {
        var directory = AgencyDirectory.Parse(Header + "\n"
            + Row(("name", "Department"), ("appeal_by", "agency"), ("appeal_office", "Appeals Office"), ("appeal_channels", "email"), ("appeal_email", "appeals@x.example.gov"),
                ("appeal_window", "90 calendar days"), ("appeal_source", "reg"), ("appeal_checked", "2026-01-01")) + "\n"
            + Row(("key", "XB"), ("parent", "XA"), ("aliases", "XB"), ("name", "Bureau")) + "\n");

        var appeal = directory.Get("XB")!.Appeal!;
        Assert.Equal(["Appeals Office", "Department"], appeal.Recipient);
        Assert.Equal("appeals@x.example.gov", appeal.Email);
        Assert.Equal("90 calendar days", appeal.Window);
    }

    [Theory]
    [InlineData("source", "", "source")]
    [InlineData("checked", "", "checked")]
    [InlineData("checked", "last week", "unverified")]
    [InlineData("email", "foia@x.example.gov", "email")]
    [InlineData("channels", "portal|email", "email")]
    [InlineData("portal_url", "http://x.example.gov", "https://")]
    [InlineData("mailing_address", "1 Main St", "mailing_address")]
    [InlineData("channels", "fax", "unknown channel")]
    [InlineData("channels", "", "no channel")]
    [InlineData("aliases", "", "aliases")]
    [InlineData("parent", "ZZ", "earlier row")]
    [InlineData("appeal_window", "90 days", "appeal_office")]
    [InlineData("expedited_source", "reg", "expedited_grounds")]
    public void Parse_RejectsRowsMissingAFactOrBreakingTheRules(string column, string value, string complaint)
    {
        var e = Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse(Header + "\n" + Row((column, value)) + "\n"));

        Assert.StartsWith("agencies.csv:2: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(complaint, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("appeal_window", "ninety days", "appeal_window")]
    [InlineData("appeal_window", "90 business days", "appeal_window")]
    [InlineData("appeal_by", "", "appeal_by")]
    [InlineData("appeal_source", "", "appeal_source")]
    [InlineData("appeal_channels", "mail", "appeal_address")]
    public void Parse_RejectsAnAppealOfficeMissingAFact(string column, string value, string complaint)
    {
        (string, string)[] appeal = [("appeal_by", "agency"), ("appeal_office", "Appeals"), ("appeal_window", "90 calendar days"), ("appeal_source", "reg"), ("appeal_checked", "unverified")];
        var fields = appeal.Where(f => f.Item1 != column).Append((column, value)).ToArray();

        var e = Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse(Header + "\n" + Row(fields) + "\n"));

        Assert.Contains(complaint, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XA,Example,XA,portal,https://x.example.gov,,,,src,2026-01-01", "fields")]
    [InlineData("XA,,\"Example,XA,,portal,https://x.example.gov,,,,src,2026-01-01,,,,,,,,,,,,,,", "not closed")]
    [InlineData("XA,,Ex\"ample,XA,,portal,https://x.example.gov,,,,src,2026-01-01,,,,,,,,,,,,,,", "quote inside an unquoted field")]
    public void Parse_RejectsMalformedCsv(string row, string complaint)
    {
        var e = Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse(Header + "\n" + row + "\n"));

        Assert.Contains(complaint, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsADuplicateKey_AndAWrongHeader()
    {
        Assert.Contains("agencies.csv:3: the key 'xa' is used twice", Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse(Header + "\n" + Row() + "\n" + Row(("key", "xa")))).Message, StringComparison.Ordinal);
        Assert.Contains("header", Assert.Throws<InvalidDataException>(() => AgencyDirectory.Parse("key,name\n" + Row())).Message, StringComparison.Ordinal);
    }

    /// <summary>A valid row of a portal-only agency XA, with some fields replaced.</summary>
    private static string Row(params (string Column, string Value)[] fields)
    {
        var columns = Header.Split(',');
        var values = new Dictionary<string, string>
        {
            ["key"] = "XA", ["name"] = "Example", ["aliases"] = "XA", ["channels"] = "portal", ["portal_url"] = "https://x.example.gov",
            ["source"] = "src", ["checked"] = "2026-01-01",
        };
        foreach (var (column, value) in fields)
        {
            Assert.Contains(column, columns);
            values[column] = value;
        }

        return string.Join(",", columns.Select(c => values.GetValueOrDefault(c, "") is var v && (v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal)) ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : values.GetValueOrDefault(c, "")));
    }

    private static BriefAction Action(string title, IReadOnlyList<string>? emails = null, IReadOnlyList<string>? urls = null, IReadOnlyList<Block>? blocks = null) =>
        new(1, "civic action", ActionChannel.Foia, title, "", new Contacts(emails ?? [], urls ?? [], []), null, null, blocks ?? [], [], null);
}
