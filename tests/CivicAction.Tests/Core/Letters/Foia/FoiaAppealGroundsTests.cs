using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>
/// One appeal letter per ground, chosen from what the agency answered: each exemption it cited, a refused fee category
/// (5 U.S.C. 552(a)(4)(A)(ii)), a refused fee waiver ((a)(4)(A)(iii)) and refused expedited processing ((a)(6)(E)).
/// </summary>
public sealed class FoiaAppealGroundsTests
{
    private static readonly DateOnly Determination = new(2026, 3, 2);

    private static FoiaRequest Request => FoiaSeed.Filled with
    {
        FeeCategory = FeeCategory.NewsMedia,
        Organization = "The Tucson Ledger",
        FeeWaiverRequested = true,
        FeeWaiverJustification = "The records show how ICE runs transfers to CECOT. I will publish them on our newsroom's website, and I will not make money from them.",
        ExpeditedRequested = true,
        ExpeditedGround = ExpeditedGround.UrgencyToInformThePublic,
        ExpeditedJustification = "Transfers continue every week and Congress votes on funding next month.",
        ExpeditedCertified = true,
    };

    private static FoiaCase Case(FoiaRequest request) => new(request, FoiaSeed.Dhs, "CECOT transfers", new DateOnly(2026, 2, 2), "2026-HQFO-1", new DateOnly(2026, 3, 3));

    private static FoiaLetter Letter(AppealPoint point, FoiaRequest? request = null) =>
        FoiaFollowUps.Appeal(Case(request ?? Request), point, Determination, null, FoiaSeed.Today);

    [Fact]
    public void APartialWithholding_UnderThreeExemptions_GivesOneLetterPerExemption_InTheStatutesOrder()
    {
        var answer = new AgencyAnswer(FoiaOutcome.PartlyDenied) { Exemptions = [FoiaExemption.B7C, FoiaExemption.B5, FoiaExemption.B6] };

        var points = FoiaAppeals.PointsFor(answer, Request, overdue: false);

        Assert.Equal(["withholding-b5", "withholding-b6", "withholding-b7c"], points.Select(p => p.Key));
        Assert.All(points, p => Assert.Equal(AppealGround.PartlyDenied, p.Ground));
    }

    [Fact]
    public void AWithholdingWithNoExemptionRecorded_GivesTheOneGeneralLetter()
    {
        var points = FoiaAppeals.PointsFor(new AgencyAnswer(FoiaOutcome.Denied), Request, overdue: false);

        Assert.Equal("withholding", Assert.Single(points).Key);
    }

    [Theory]
    [InlineData(FoiaExemption.B5, "5 U.S.C. § 552(b)(5)", "25 years or more")]
    [InlineData(FoiaExemption.B6, "5 U.S.C. § 552(b)(6)", "clearly unwarranted invasion of personal privacy")]
    [InlineData(FoiaExemption.B7C, "5 U.S.C. § 552(b)(7)(C)", "compiled for law enforcement purposes")]
    [InlineData(FoiaExemption.B4, "5 U.S.C. § 552(b)(4)", "588 U.S. 427")]
    public void AnExemptionLetter_CitesItsParagraph_ArguesSegregability_552bLastSentence_AndForeseeableHarm_552a8A(
        FoiaExemption exemption, string citation, string specific)
    {
        var letter = Letter(new AppealPoint(AppealGround.PartlyDenied, exemption));

        Assert.Contains(citation, letter.Part(FoiaLetterPart.Context)!, StringComparison.Ordinal);
        Assert.Contains(specific, letter.Part(FoiaLetterPart.Context)!, StringComparison.Ordinal);
        Assert.Contains("reasonably segregable portion", letter.Part(FoiaLetterPart.Segregability)!, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(b), last sentence", letter.Part(FoiaLetterPart.Segregability)!, StringComparison.Ordinal);
        Assert.Contains("reasonably foresees that disclosure would harm an interest", letter.Part(FoiaLetterPart.ForeseeableHarm)!, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(8)(A)(i)", letter.Part(FoiaLetterPart.ForeseeableHarm)!, StringComparison.Ordinal);
        Assert.EndsWith($"({FoiaExemptions.Name(exemption)})", letter.Subject, StringComparison.Ordinal);
        Assert.StartsWith("FOIA Appeals Officer", letter.Part(FoiaLetterPart.Recipient), StringComparison.Ordinal);
    }

    [Fact]
    public void TheExemption3Letter_AsksForTheStatute_AndMakesNoForeseeableHarmArgument_552a8B()
    {
        var letter = Letter(new AppealPoint(AppealGround.Denied, FoiaExemption.B3));

        Assert.Contains("identify the statute", letter.Part(FoiaLetterPart.Context)!, StringComparison.Ordinal);
        Assert.Contains("October 28, 2009", letter.Part(FoiaLetterPart.Context)!, StringComparison.Ordinal);
        Assert.NotNull(letter.Part(FoiaLetterPart.Segregability));
        Assert.Null(letter.Part(FoiaLetterPart.ForeseeableHarm));
    }

    [Fact]
    public void EveryExemption_HasItsOwnArgument()
    {
        var arguments = FoiaExemptions.All.Select(e => Letter(new AppealPoint(AppealGround.Denied, e)).Part(FoiaLetterPart.Context)).ToList();

        Assert.Equal(14, arguments.Distinct().Count());
        Assert.Equal(["(b)(1)", "(b)(7)(A)", "(b)(9)"], new[] { FoiaExemption.B1, FoiaExemption.B7A, FoiaExemption.B9 }.Select(FoiaExemptions.Paragraph));
    }

    [Fact]
    public void TheExemptionsStoredList_ReadsBackTheSame_AndDropsWhatIsNotAnExemption()
    {
        Assert.Equal("b5,b7c", FoiaExemptions.ToList([FoiaExemption.B7C, FoiaExemption.B5, FoiaExemption.B7C]));
        Assert.Equal([FoiaExemption.B5, FoiaExemption.B7C], FoiaExemptions.FromList("b7c,b5,b10,3,,B5"));
        Assert.Null(FoiaExemptions.ToList([]));
    }

    [Fact]
    public void AFeeCategoryAppeal_RestatesTheNewsMediaClaim_WithTheStatutesDefinition_552a4Aii()
    {
        var letter = Letter(new AppealPoint(AppealGround.FeeCategoryDenied));

        Assert.Contains("I appeal the determination dated March 2, 2026 refusing the fee category claimed in my request", letter.Body, StringComparison.Ordinal);
        var fees = letter.Part(FoiaLetterPart.Fees)!;
        Assert.Contains("representative of the news media, writing for The Tucson Ledger,", fees, StringComparison.Ordinal);
        Assert.Contains("uses its editorial skills to turn the raw materials into a distinct work", fees, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(4)(A)(ii)(II)", fees, StringComparison.Ordinal);
        Assert.EndsWith("(fee category)", letter.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeeWaiverAppeal_RestatesBothProngs_AndTheRequestsJustification_552a4Aiii()
    {
        var waiver = Letter(new AppealPoint(AppealGround.FeeWaiverDenied)).Part(FoiaLetterPart.FeeWaiver)!;

        Assert.Contains("likely to contribute significantly to public understanding of the operations or activities of the government", waiver, StringComparison.Ordinal);
        Assert.Contains("not primarily in my commercial interest", waiver, StringComparison.Ordinal);
        Assert.Contains("I will publish them on our newsroom's website, and I will not make money from them.", waiver, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(4)(A)(vii)", waiver, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpeditedAppeal_RestatesTheGroundAndJustification_AndAsksForExpeditiousConsideration_552a6Eii_iii()
    {
        var letter = Letter(new AppealPoint(AppealGround.ExpeditedDenied));

        var expedited = letter.Part(FoiaLetterPart.Expedited)!;
        Assert.Contains("urgency to inform the public concerning actual or alleged Federal Government activity (5 U.S.C. § 552(a)(6)(E)(v)(II))", expedited, StringComparison.Ordinal);
        Assert.Contains("Congress votes on funding next month.", expedited, StringComparison.Ordinal);
        Assert.Contains("true and correct", expedited, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(6)(E)(iii)", expedited, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(6)(E)(ii)(II)", letter.Part(FoiaLetterPart.ResponseTime)!, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedFeesAndSpeed_AreEachAppealed_OnlyWhenTheRequestAskedForThem()
    {
        var answer = new AgencyAnswer(FoiaOutcome.PartlyDenied) { FeeCategoryDenied = true, FeeWaiverDenied = true, ExpeditedDenied = true };

        Assert.Equal(["withholding", "fee-category", "fee-waiver", "expedited"], FoiaAppeals.PointsFor(answer, Request, false).Select(p => p.Key));
        var plain = Request with { FeeCategory = FeeCategory.Commercial, FeeWaiverRequested = false, ExpeditedRequested = false };
        Assert.Equal(["withholding"], FoiaAppeals.PointsFor(answer, plain, false).Select(p => p.Key));
    }

    [Fact]
    public void AFeeWaiverRefusedOnARequestGrantedInFull_IsStillAppealable_ButExpeditingIsMoot_552a6Eiv()
    {
        var answer = new AgencyAnswer(FoiaOutcome.Granted) { FeeWaiverDenied = true, ExpeditedDenied = true };

        Assert.Equal(["fee-waiver"], FoiaAppeals.PointsFor(answer, Request, false).Select(p => p.Key));
        Assert.True(answer.IsAdverse);
        Assert.False(new AgencyAnswer(FoiaOutcome.Granted).IsAdverse);
    }

    [Fact]
    public void NoAnswerInTime_IsOneLetter_AndNothingIsAppealedWhileTheAgencyIsInTime()
    {
        Assert.Equal(["no-response"], FoiaAppeals.PointsFor(new AgencyAnswer(null), Request, true).Select(p => p.Key));
        Assert.Empty(FoiaAppeals.PointsFor(new AgencyAnswer(null), Request, false));
    }
}
