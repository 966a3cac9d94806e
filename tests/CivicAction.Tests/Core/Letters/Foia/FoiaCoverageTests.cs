using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;
using static CivicAction.Tests.Core.Letters.Foia.FoiaCheckAssertions;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>
/// Bodies FOIA does not reach (5 U.S.C. 552(f)(1) and 551(1): executive-branch agencies only), matched on whole
/// names; and editorial brackets in quotations, which are not blanks.
/// </summary>
public sealed class FoiaCoverageTests
{
    [Theory]
    [InlineData("Congress", FoiaCoverage.Outside.Congress)]
    [InlineData("the U.S. Senate", FoiaCoverage.Outside.Congress)]
    [InlineData("House Committee on Oversight and Accountability", FoiaCoverage.Outside.Congress)]
    [InlineData("Government Accountability Office", FoiaCoverage.Outside.Congress)]
    [InlineData("GAO", FoiaCoverage.Outside.Congress)]
    [InlineData("the Congressional Budget Office", FoiaCoverage.Outside.Congress)]
    [InlineData("Library of Congress", FoiaCoverage.Outside.Congress)]
    [InlineData("Office of Senator Jane Doe", FoiaCoverage.Outside.Congress)]
    [InlineData("U.S. Capitol Police", FoiaCoverage.Outside.Congress)]
    [InlineData("Supreme Court of the United States", FoiaCoverage.Outside.Courts)]
    [InlineData("U.S. District Court for the Southern District of Texas", FoiaCoverage.Outside.Courts)]
    [InlineData("the federal courts", FoiaCoverage.Outside.Courts)]
    [InlineData("Administrative Office of the U.S. Courts", FoiaCoverage.Outside.Courts)]
    [InlineData("White House Office", FoiaCoverage.Outside.PresidentsStaff)]
    [InlineData("the White House", FoiaCoverage.Outside.PresidentsStaff)]
    [InlineData("National Security Council", FoiaCoverage.Outside.PresidentsStaff)]
    [InlineData("Office of the Vice President", FoiaCoverage.Outside.PresidentsStaff)]
    public void BodiesOutsideFoia_AreRecognisedByTheirWholeName(string name, FoiaCoverage.Outside kind)
    {
        Assert.Equal(kind, FoiaCoverage.NotCovered(name));
    }

    [Theory]
    [InlineData("DHS Office of Congressional Affairs")]
    [InlineData("Office of Congressional and Legislative Affairs, Department of Veterans Affairs")]
    [InlineData("Court Services and Offender Supervision Agency")]
    [InlineData("Executive Office for Immigration Review (immigration courts)")]
    [InlineData("Office of Management and Budget")]
    [InlineData("Office of the United States Trade Representative")]
    [InlineData("Council on Environmental Quality")]
    [InlineData("Federal Maritime Commission")]
    [InlineData("")]
    public void ExecutiveAgencies_AreNotFlagged_EvenWhenTheirNameContainsCongressOrCourt(string name)
    {
        Assert.Null(FoiaCoverage.NotCovered(name));
    }

    [Fact]
    public void ARequestToTheWhiteHouseOffice_IsBlocking_WithTheReason()
    {
        var check = Assert.Single(FoiaChecks.Check(Good with { AgencyKey = null, AgencyName = "White House Office" }, agency: null));

        Assert.Equal((Severity.Blocking, FoiaCheckCodes.NotAnAgency), (check.Severity, check.Code));
        Assert.Contains("President's immediate staff", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequestToAnAgencysCongressionalAffairsOffice_PassesEveryCheck()
    {
        Assert.Empty(FoiaChecks.Check(Good with { AgencyKey = null, AgencyName = "Office of Congressional Affairs, U.S. Department of Labor" }, agency: null));
    }

    [Theory]
    [InlineData("The memo said \"[t]he detainees were moved\" on March 15.")]
    [InlineData("The officer wrote that “the flights was [sic] on time”.")]
    [InlineData("It called the policy “a matter for the agenc[ies] involved”.")]
    [InlineData("The order reads “the removal [of the detainees] shall proceed”.")]
    [InlineData("It said the flights left on time [emphasis added].")]
    public void EditorialBrackets_InQuotations_AreNotPlaceholders(string context)
    {
        None(Good with { Context = context }, FoiaCheckCodes.Placeholder);
    }

    [Theory]
    [InlineData("I write about \"[Name of the official]\" and the transfers.", "[Name of the official]")]
    [InlineData("On [Date] the flights left.", "[Date]")]
    [InlineData("The memo said “[t]he detainees were moved” and [Your Name] asks.", "[Your Name]")]
    public void RealBlanks_StillBlock_InsideOrOutsideQuotations(string context, string blank)
    {
        var check = Single(Good with { Context = context }, FoiaCheckCodes.Placeholder);

        Assert.Contains(blank, check.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[t]", check.Message, StringComparison.Ordinal);
    }
}
