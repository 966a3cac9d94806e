using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>A FOIA brief's e-mail contact lines checked against the directory's verified channels.</summary>
public sealed class BriefContactCheckTests
{
    private static readonly AgencyDirectory Directory = AgencyDirectory.Default;

    [Fact]
    public void SeedBrief_DhsQuestionsAddress_IsNotAWayToFile()
    {
        var notes = BriefContactCheck.Check(FoiaSeed.Action, Directory);

        var note = notes["foia@hq.dhs.gov"];
        Assert.Equal(ContactVerdict.NotAccepted, note.Verdict);
        Assert.Equal("DHS", note.Agency.Key);
        Assert.Equal("Not a way to file: the U.S. Department of Homeland Security generally no longer accepts FOIA requests by e-mail. "
            + "File through https://www.dhs.gov/foia instead.", note.Message);
    }

    [Theory]
    [InlineData("File a FOIA request with ICE", "ice-foia@dhs.gov", "ICE")]
    [InlineData("File a FOIA request with the Coast Guard", "mailto:efoia@uscg.mil", "USCG")]
    [InlineData("File a FOIA request with DHS", "uscis.foia@dhs.gov", "USCIS")]
    [InlineData("File a FOIA request about detention", "FOIA@usss.dhs.gov", "USSS")]
    public void DhsComponentAddresses_AreNotAccepted_WhateverTheBriefPrints(string title, string line, string key)
    {
        var note = BriefContactCheck.Check(Action(title, line), Directory)[line];

        Assert.Equal(ContactVerdict.NotAccepted, note.Verdict);
        Assert.Equal(key, note.Agency.Key);
        Assert.Contains("https://www.dhs.gov/foia", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DojRequestAddress_ThatTheDirectoryLists_HasNoNote()
    {
        Assert.Empty(BriefContactCheck.Check(Action("File a FOIA request with the Justice Department", "MRUFOIA.Requests@usdoj.gov"), Directory));
    }

    [Fact]
    public void AnotherAddressAtAVerifiedEmailAgency_IsNotTheRequestAddress()
    {
        var note = BriefContactCheck.Check(Action("File a FOIA request with the Justice Department", "press@usdoj.gov"), Directory)["press@usdoj.gov"];

        Assert.Equal(ContactVerdict.NotTheRequestAddress, note.Verdict);
        Assert.Contains("MRUFOIA.Requests@usdoj.gov", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("File a FOIA request with the SEC", "someone@sec.gov")]
    [InlineData("File a FOIA request with the Federal Maritime Commission", "foia@fmc.gov")]
    public void UnverifiedOrUnknownAgencies_AreNotContradicted(string title, string line)
    {
        Assert.Empty(BriefContactCheck.Check(Action(title, line), Directory));
    }

    [Fact]
    public void ActionsOtherThanFoia_AreNotChecked()
    {
        var action = Action("Write to DHS", "foia@hq.dhs.gov") with { Channel = ActionChannel.Email };

        Assert.Empty(BriefContactCheck.Check(action, Directory));
    }

    [Fact]
    public void AnAddressWrittenInTheActionsSteps_IsCheckedToo()
    {
        var action = CivicAction.Tests.Support.ParseHelper.ParseText(
            "2026-03-03\n\nH\n\nD\n\nB.\n\nWhat You Can Do\n\n1\n\ncivic action\n\nFile a FOIA request with USCIS\n\n"
            + "How to file:\n  • E-mail uscis.foia@uscis.dhs.gov with the request.\n").Actions[0];

        var note = BriefContactCheck.Check(action, Directory)["uscis.foia@uscis.dhs.gov"];

        Assert.Equal((ContactVerdict.NotAccepted, "USCIS"), (note.Verdict, note.Agency.Key));
    }

    private static BriefAction Action(string title, string email) =>
        new(1, "civic action", ActionChannel.Foia, title, "", new Contacts([email], [], []), null, null, [], [], null);
}
