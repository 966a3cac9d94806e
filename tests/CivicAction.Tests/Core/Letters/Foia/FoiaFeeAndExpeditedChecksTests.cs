using CivicAction.Core.Letters.Foia;
using CivicAction.Core.Letters;
using static CivicAction.Tests.Core.Letters.Foia.FoiaCheckAssertions;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The checks of fees, the fee waiver's two prongs, and expedited processing.</summary>
public sealed class FoiaFeeAndExpeditedChecksTests
{
    [Fact]
    public void NegativeFeeLimit_IsBlocking()
    {
        Assert.Equal(Severity.Blocking, Single(Good with { MaxFee = -1m }, FoiaCheckCodes.NegativeFee).Severity);
        None(Good with { MaxFee = 0m }, FoiaCheckCodes.NegativeFee);
    }

    [Theory]
    [InlineData(FeeCategory.NewsMedia, FoiaCheckCodes.NewsMediaOutletMissing)]
    [InlineData(FeeCategory.EducationalOrScientific, FoiaCheckCodes.InstitutionMissing)]
    public void ReducedFeeCategory_WithoutTheOutletOrInstitution_IsBlocking(FeeCategory category, string code)
    {
        // 5 U.S.C. 552(a)(4)(A)(ii)(II): the category is the institution's or the news media's, not the person's alone.
        var check = Single(Good with { FeeCategory = category, Organization = " " }, code);

        Assert.Equal((nameof(FoiaRequest.Organization), Severity.Blocking), (check.Field, check.Severity));
        None(Good with { FeeCategory = category, Organization = "Vermont Public" }, code);
        None(Good with { FeeCategory = FeeCategory.AllOthers, Organization = null }, code);
    }

    [Fact]
    public void FeeWaiver_AddressingBothProngs_PassesTheCheck()
    {
        Assert.Empty(Check(Good with
        {
            FeeWaiverRequested = true,
            FeeWaiverJustification = "I will publish the records free of charge so the public can see how DHS decides transfers. "
                + "I have no commercial interest in them.",
        }));
    }

    [Fact]
    public void FeeWaiver_WithoutJustification_IsBlocking()
    {
        var check = Single(Good with { FeeWaiverRequested = true, FeeWaiverJustification = " " }, FoiaCheckCodes.Required);

        Assert.Equal((nameof(FoiaRequest.FeeWaiverJustification), Severity.Blocking), (check.Field, check.Severity));
    }

    [Fact]
    public void FeeWaiver_NotRequested_IsNotChecked()
    {
        Assert.Empty(Check(Good with { FeeWaiverRequested = false, FeeWaiverJustification = "" }));
    }

    [Theory]
    [InlineData("I have no commercial interest in these records.")]
    [InlineData("The public deserves to know. This is not for profit.")]
    [InlineData("I will share the records with my readers, who care about immigration. I am a nonprofit volunteer.")]
    public void FeeWaiver_MissingThePublicUnderstandingOfGovernmentProng_IsAWarning(string justification)
    {
        var check = Single(Good with { FeeWaiverRequested = true, FeeWaiverJustification = justification }, FoiaCheckCodes.FeeWaiverPublicInterest);

        Assert.Equal((nameof(FoiaRequest.FeeWaiverJustification), Severity.Warning), (check.Field, check.Severity));
        None(Good with { FeeWaiverRequested = true, FeeWaiverJustification = justification }, FoiaCheckCodes.FeeWaiverCommercialInterest);
    }

    [Theory]
    [InlineData("The records will inform the public about government operations.")]
    [InlineData("I will publish what the agency did. I may use them in my consulting business for commercial clients.")]
    public void FeeWaiver_MissingTheNotCommercialProng_IsAWarning(string justification)
    {
        var check = Single(Good with { FeeWaiverRequested = true, FeeWaiverJustification = justification }, FoiaCheckCodes.FeeWaiverCommercialInterest);

        Assert.Equal(Severity.Warning, check.Severity);
        None(Good with { FeeWaiverRequested = true, FeeWaiverJustification = justification }, FoiaCheckCodes.FeeWaiverPublicInterest);
    }

    [Fact]
    public void FeeWaiver_NamingTheAgency_CountsAsGovernmentOperations()
    {
        None(Good with
        {
            FeeWaiverRequested = true,
            FeeWaiverJustification = "I will publish what DHS decided for the public, not for profit.",
        }, FoiaCheckCodes.FeeWaiverPublicInterest);
    }

    private static FoiaRequest Expedited => Good with
    {
        ExpeditedRequested = true,
        ExpeditedGround = ExpeditedGround.ImminentThreatToLifeOrSafety,
        ExpeditedJustification = "Detainees are held in conditions that threaten their lives now.",
        ExpeditedCertified = true,
    };

    [Fact]
    public void Expedited_Complete_PassesTheCheck()
    {
        Assert.Empty(Check(Expedited));
    }

    [Fact]
    public void Expedited_WithoutAGround_IsBlocking()
    {
        var check = Single(Expedited with { ExpeditedGround = null }, FoiaCheckCodes.ExpeditedGroundMissing);

        Assert.Equal((nameof(FoiaRequest.ExpeditedGround), Severity.Blocking), (check.Field, check.Severity));
    }

    [Fact]
    public void Expedited_WithoutJustification_IsBlocking()
    {
        var check = Single(Expedited with { ExpeditedJustification = "" }, FoiaCheckCodes.Required);

        Assert.Equal((nameof(FoiaRequest.ExpeditedJustification), Severity.Blocking), (check.Field, check.Severity));
    }

    [Fact]
    public void Expedited_WithoutTheCertification_IsBlocking()
    {
        var check = Single(Expedited with { ExpeditedCertified = false }, FoiaCheckCodes.ExpeditedNotCertified);

        Assert.Equal((nameof(FoiaRequest.ExpeditedCertified), Severity.Blocking), (check.Field, check.Severity));
        Assert.Contains("true and correct to the best of your knowledge and belief", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expedited_NotRequested_IsNotChecked()
    {
        Assert.Empty(Check(Good with { ExpeditedRequested = false, ExpeditedGround = null, ExpeditedCertified = false }));
    }

    [Fact]
    public void Expedited_UrgencyToInform_ByAnAuthorWhoDoesNotDisseminate_IsAWarning()
    {
        var request = Expedited with { ExpeditedGround = ExpeditedGround.UrgencyToInformThePublic, ExpeditedJustification = "Transfers continue this month." };

        Assert.Equal(Severity.Warning, Single(request, FoiaCheckCodes.ExpeditedNotDisseminator).Severity);
        None(request with { FeeCategory = FeeCategory.NewsMedia }, FoiaCheckCodes.ExpeditedNotDisseminator);
        None(request with { ExpeditedJustification = "I am a reporter; transfers continue this month." }, FoiaCheckCodes.ExpeditedNotDisseminator);
    }

    [Theory]
    [InlineData("U.S. Senate")]
    [InlineData("the Senate Judiciary Committee")]
    [InlineData("House of Representatives")]
    [InlineData("Congress")]
    [InlineData("Library of Congress")]
    [InlineData("Supreme Court of the United States")]
    [InlineData("U.S. Court of Appeals for the Ninth Circuit")]
    [InlineData("U.S. District Court for the District of Columbia")]
    public void RequestToCongressOrTheCourts_IsBlocking(string agencyName)
    {
        var checks = FoiaChecks.Check(Good with { AgencyKey = null, AgencyName = agencyName }, agency: null);

        var check = Assert.Single(checks);
        Assert.Equal((nameof(FoiaRequest.AgencyName), Severity.Blocking, FoiaCheckCodes.NotAnAgency), (check.Field, check.Severity, check.Code));
        Assert.Contains("executive-branch agencies only", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Department of Homeland Security")]
    [InlineData("Court Services and Offender Supervision Agency")]
    [InlineData("Federal Trade Commission")]
    public void RequestToAnExecutiveAgency_IsNotFlagged(string agencyName)
    {
        Assert.Empty(FoiaChecks.Check(Good with { AgencyKey = null, AgencyName = agencyName }, agency: null));
    }

    [Fact]
    public void RecordsHeldByCongress_IsAWarning_ButCorrespondenceWithCongressIsFine()
    {
        var check = Single(Good with { RecordsDescription = "Transcripts of closed hearings held by the Senate in 2025 about CECOT." },
            FoiaCheckCodes.RecordsHeldOutsideFoia);
        Assert.Equal(Severity.Warning, check.Severity);

        None(Good with { RecordsDescription = "Correspondence between DHS and members of Congress about CECOT in 2025." },
            FoiaCheckCodes.RecordsHeldOutsideFoia);
    }

    [Fact]
    public void UnknownAgency_MustBeNamed()
    {
        var checks = FoiaChecks.Check(Good with { AgencyKey = null, AgencyName = "" }, null);

        var check = Assert.Single(checks);
        Assert.Equal((nameof(FoiaRequest.AgencyName), Severity.Blocking, FoiaCheckCodes.Required), (check.Field, check.Severity, check.Code));
        Assert.Empty(FoiaChecks.Check(Good with { AgencyName = "" }, FoiaSeed.Dhs));
    }

    [Fact]
    public void Warnings_AllowSending_BlockingChecksDoNot()
    {
        Assert.True(FieldCheck.AllowSending([new FieldCheck("X", Severity.Warning, "w", "w")]));
        Assert.False(FieldCheck.AllowSending([new FieldCheck("X", Severity.Warning, "w", "w"), new FieldCheck("Y", Severity.Blocking, "b", "b")]));
        Assert.True(FieldCheck.AllowSending([]));
    }
}
