using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The letter's paragraphs on fees, the fee waiver and expedited processing, as the requester chose them.</summary>
public sealed class FoiaLetterFeesAndSpeedTests
{
    private static readonly FoiaLetter Letter = FoiaSeed.Draft(FoiaSeed.Filled);

    [Fact]
    public void Letter_StatesTheFeeCategoryAndTheMostTheRequesterWillPay()
    {
        var fees = Letter.Part(FoiaLetterPart.Fees)!;

        Assert.StartsWith("Fee category: I seek these records for a noncommercial purpose", fees, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(4)(A)(ii)(III)", fees, StringComparison.Ordinal);
        Assert.Contains("I am willing to pay fees of up to $25.00. If the fees will exceed that amount, please tell me before you incur them.", fees, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FeeCategory.NewsMedia, "representative of the news media", "(ii)(II)")]
    [InlineData(FeeCategory.EducationalOrScientific, "educational or noncommercial scientific institution", "(ii)(II)")]
    [InlineData(FeeCategory.Commercial, "commercial use", "(ii)(I)")]
    public void Letter_FeeCategory_FollowsTheChoice(FeeCategory category, string words, string clause)
    {
        var fees = FoiaSeed.Draft(FoiaSeed.Filled with { FeeCategory = category, MaxFee = 1250m }).Part(FoiaLetterPart.Fees)!;

        Assert.Contains(words, fees, StringComparison.Ordinal);
        Assert.Contains("552(a)(4)(A)" + clause, fees, StringComparison.Ordinal);
        Assert.Contains("up to $1,250.00", fees, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FeeCategory.NewsMedia, "I am a representative of the news media, writing for The Burlington Free Press, and seek")]
    [InlineData(FeeCategory.EducationalOrScientific, "made on behalf of The Burlington Free Press, an educational or noncommercial scientific institution, for scholarly")]
    public void Letter_ReducedFeeCategory_NamesTheOutletOrInstitution(FeeCategory category, string words)
    {
        var fees = FoiaSeed.Draft(FoiaSeed.Filled with { FeeCategory = category, Organization = "The Burlington\nFree Press" }).Part(FoiaLetterPart.Fees)!;

        Assert.Contains(words, fees, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_ZeroFeeLimit_AsksBeforeAnyFee()
    {
        var fees = FoiaSeed.Draft(FoiaSeed.Filled with { MaxFee = 0m }).Part(FoiaLetterPart.Fees)!;

        Assert.Contains("I am not willing to pay any fees without being asked first", fees, StringComparison.Ordinal);
        Assert.DoesNotContain("$", fees, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_HasNoFeeWaiverOrExpeditedParagraph_UnlessAskedFor()
    {
        var letter = FoiaSeed.Draft(FoiaSeed.Filled with { FeeWaiverJustification = "Unused text.", ExpeditedJustification = "Unused too." });

        Assert.Null(letter.Part(FoiaLetterPart.FeeWaiver));
        Assert.Null(letter.Part(FoiaLetterPart.Expedited));
        Assert.DoesNotContain("waiver", letter.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expedited", letter.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Unused", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_FeeWaiver_CitesBothProngsOf552a4Aiii_AndTheJustification()
    {
        var waiver = FoiaSeed.Draft(FoiaSeed.Filled with
        {
            FeeWaiverRequested = true,
            FeeWaiverJustification = "I will publish the records on my newsletter.",
        }).Part(FoiaLetterPart.FeeWaiver)!;

        Assert.StartsWith("Fee waiver: I request a waiver of all fees under 5 U.S.C. § 552(a)(4)(A)(iii).", waiver, StringComparison.Ordinal);
        Assert.Contains("likely to contribute significantly to public understanding of the operations or activities of the government", waiver, StringComparison.Ordinal);
        Assert.Contains("not primarily in my commercial interest", waiver, StringComparison.Ordinal);
        Assert.Contains("\n\nI will publish the records on my newsletter.\n\n", waiver, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_Expedited_StatesTheGroundTheJustificationAndTheCertification()
    {
        var expedited = FoiaSeed.Draft(FoiaSeed.Filled with
        {
            ExpeditedRequested = true,
            ExpeditedGround = ExpeditedGround.UrgencyToInformThePublic,
            ExpeditedJustification = "Transfers are continuing this month.",
            ExpeditedCertified = true,
        }).Part(FoiaLetterPart.Expedited)!;

        Assert.StartsWith("Expedited processing: I request expedited processing under 5 U.S.C. § 552(a)(6)(E)", expedited, StringComparison.Ordinal);
        Assert.Contains("I am a person primarily engaged in disseminating information, and there is an urgency to inform the public concerning actual or alleged Federal Government activity (5 U.S.C. § 552(a)(6)(E)(v)(II))", expedited, StringComparison.Ordinal);
        Assert.Contains("\n\nTransfers are continuing this month.\n\n", expedited, StringComparison.Ordinal);
        Assert.Contains("I certify that the statements above are true and correct to the best of my knowledge and belief (5 U.S.C. § 552(a)(6)(E)(vi)).", expedited, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_Expedited_ImminentThreatGround()
    {
        var expedited = FoiaSeed.Draft(FoiaSeed.Filled with
        {
            ExpeditedRequested = true,
            ExpeditedGround = ExpeditedGround.ImminentThreatToLifeOrSafety,
            ExpeditedJustification = "Detainees face abuse now.",
            ExpeditedCertified = true,
        }).Part(FoiaLetterPart.Expedited)!;

        Assert.Contains("imminent threat to the life or physical safety of an individual (5 U.S.C. § 552(a)(6)(E)(v)(I))", expedited, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_NeverCertifiesForARequesterWhoDidNot()
    {
        var expedited = FoiaSeed.Draft(FoiaSeed.Filled with
        {
            ExpeditedRequested = true,
            ExpeditedGround = ExpeditedGround.ImminentThreatToLifeOrSafety,
            ExpeditedJustification = "Detainees face abuse now.",
        }).Part(FoiaLetterPart.Expedited)!;

        Assert.DoesNotContain("certify", expedited, StringComparison.OrdinalIgnoreCase);
    }
}
