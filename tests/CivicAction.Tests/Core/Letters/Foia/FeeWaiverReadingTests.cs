using CivicAction.Core.Letters.Foia;
using CivicAction.Core.Letters;
using static CivicAction.Tests.Core.Letters.Foia.FoiaCheckAssertions;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>
/// The fee-waiver justification read as a FOIA officer reads it against 5 U.S.C. 552(a)(4)(A)(iii): "likely to
/// contribute significantly to public understanding of the operations or activities of the government" (what the
/// records show, and how the public will learn of it) and "not primarily in the commercial interest of the requester".
/// </summary>
public sealed class FeeWaiverReadingTests
{
    private static readonly string[] Ice = ["ICE", "U.S. Immigration and Customs Enforcement"];

    private static FeeWaiverReading Read(string text) => FeeWaiverReading.Of(text, Ice);

    [Theory]
    // Plain words, no legal vocabulary: a person covering both prongs as a neighbour would say it.
    [InlineData("I'm a retired teacher. I'll put what I learn on our neighborhood association's website and talk about it at the town hall, so my neighbors know how ICE runs the detention center in our county. I won’t make a cent from this.")]
    [InlineData("These records show how the county jail contract is spent. I write a free newsletter for 2,000 residents and will share them there; I will not be paid for it.")]
    [InlineData("I will post the records online so everyone can see what ICE officials decided. This is not for any business of mine.")]
    public void PlainLanguageCoveringBothProngs_Passes(string text)
    {
        var reading = Read(text);

        Assert.True(reading.PublicInterest, "public interest");
        Assert.True(reading.NoCommercialInterest, "no commercial interest");
        None(Good with { AgencyKey = "ICE", FeeWaiverRequested = true, FeeWaiverJustification = text }, FoiaCheckCodes.FeeWaiverPublicInterest);
        None(Good with { AgencyKey = "ICE", FeeWaiverRequested = true, FeeWaiverJustification = text }, FoiaCheckCodes.FeeWaiverCommercialInterest);
    }

    [Theory]
    // The words are there, but negated: no sharing means no public understanding.
    [InlineData("The records are about ICE's policy. I will not share or publish them; they are for my own files.")]
    [InlineData("I don't plan to post anything about government operations.")]
    public void ANegatedWayToReachThePublic_DoesNotCount(string text)
    {
        var reading = Read(text);

        Assert.True(reading.AboutGovernment);
        Assert.False(reading.ReachesThePublic);
        Assert.Equal(Severity.Warning, Single(Good with { FeeWaiverRequested = true, FeeWaiverJustification = text }, FoiaCheckCodes.FeeWaiverPublicInterest).Severity);
    }

    [Theory]
    [InlineData("I will publish how ICE spends public money. I will sell the records to my clients.")]
    [InlineData("I will publish how ICE works, but I may use them for a commercial purpose.")]
    public void AStatedCommercialUse_ContradictsTheSecondProng_EvenBesideANonprofitWord(string text)
    {
        var reading = Read(text + " I am a volunteer.");

        Assert.True(reading.CommercialUse);
        Assert.False(reading.NoCommercialInterest);
    }

    [Theory]
    // Records about commercial things, or the agency's money, are not the requester's commercial interest.
    [InlineData("I will publish how the agency spends taxpayer money on commercial drones. I have no financial interest in them.")]
    [InlineData("I will share what ICE's contracts with prison businesses cost. I am a non-profit and won't sell anything.")]
    public void CommercialWordsAboutTheRecords_AreNotTheRequestersInterest(string text)
    {
        var reading = Read(text);

        Assert.False(reading.CommercialUse);
        Assert.True(reading.NoCommercialInterest);
        Assert.True(reading.PublicInterest);
    }

    [Theory]
    // "information" is not "inform", "to the present" is not a presentation, meetings between officials are records.
    [InlineData("All information on ICE meetings with contractors from 2024 to the present.")]
    public void WordsThatOnlyLookLikeSharing_DoNotCount(string text)
    {
        Assert.False(Read(text).ReachesThePublic);
    }

    [Fact]
    public void ArguingHardship_IsAWarning_ForItIsNoGround()
    {
        const string Text = "I can't afford the fees. I will publish what ICE did on my blog and I am not selling anything.";

        Assert.True(Read(Text).InabilityToPay);
        var check = Single(Good with { FeeWaiverRequested = true, FeeWaiverJustification = Text, AgencyKey = "ICE" }, FoiaCheckCodes.FeeWaiverInabilityToPay);
        Assert.Equal(Severity.Warning, check.Severity);
        None(Good with { FeeWaiverRequested = true, FeeWaiverJustification = "I will publish what ICE did on my blog; I am not selling anything.", AgencyKey = "ICE" },
            FoiaCheckCodes.FeeWaiverInabilityToPay);
    }

    [Fact]
    public void ANegationReachesOnlyWithinItsClause()
    {
        // "not" belongs to the first clause; the sharing after "but" stands.
        Assert.True(Read("I am not a journalist, but I will share the records with my union about ICE.").PublicInterest);
        // A negation more than four words back no longer reaches.
        Assert.True(Read("No one asked me to do this, yet I will publish them about ICE.").ReachesThePublic);
    }
}
