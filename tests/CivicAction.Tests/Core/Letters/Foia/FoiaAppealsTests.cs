using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The one rule for what an appeal is about; the page and the download both follow it.</summary>
public sealed class FoiaAppealsTests
{
    [Theory]
    [InlineData(FoiaOutcome.Denied, false, AppealGround.Denied)]
    [InlineData(FoiaOutcome.NoRecords, false, AppealGround.NoRecords)]
    [InlineData(FoiaOutcome.PartlyDenied, false, AppealGround.PartlyDenied)]
    [InlineData(null, true, AppealGround.NoResponse)]
    public void AnAdverseAnswer_OrNoAnswerInTime_CanBeAppealed(FoiaOutcome? outcome, bool overdue, AppealGround ground) =>
        Assert.Equal(ground, FoiaAppeals.GroundFor(outcome, overdue));

    [Theory]
    [InlineData(FoiaOutcome.Granted, false)]
    [InlineData(FoiaOutcome.Granted, true)]
    [InlineData(null, false)]
    public void ARequestGrantedInFull_OrStillInTime_HasNothingToAppeal(FoiaOutcome? outcome, bool overdue) =>
        Assert.Null(FoiaAppeals.GroundFor(outcome, overdue));

    [Fact]
    public void OnlyAdverseDeterminations_StartTheAppealWindow()
    {
        Assert.All([FoiaOutcome.Denied, FoiaOutcome.PartlyDenied, FoiaOutcome.NoRecords], o => Assert.True(FoiaAppeals.IsAdverse(o)));
        Assert.False(FoiaAppeals.IsAdverse(FoiaOutcome.Granted));
        Assert.False(FoiaAppeals.IsAdverse(null));
    }

    private static FoiaCase Case => new(FoiaSeed.Filled, FoiaSeed.Dhs, "CECOT transfers", new DateOnly(2026, 2, 2), "2026-HQFO-1", new DateOnly(2026, 3, 3));

    [Fact]
    public void ANoRecordsAnswer_IsAppealedOnTheAdequacyOfTheSearch_NotAsAWithholding()
    {
        var letter = FoiaFollowUps.Appeal(Case, AppealGround.NoRecords, new DateOnly(2026, 3, 2), null, FoiaSeed.Today);

        Assert.Contains("I appeal the determination dated March 2, 2026 that no records were found in response to my request", letter.Body, StringComparison.Ordinal);
        var why = letter.Part(FoiaLetterPart.Context)!;
        Assert.Contains("reasonably calculated to uncover all relevant records", why, StringComparison.Ordinal);
        Assert.Contains("705 F.2d 1344", why, StringComparison.Ordinal);
        Assert.Contains("describe the search", why, StringComparison.Ordinal);
        // Nothing was withheld, so the letter does not argue about exemptions.
        Assert.DoesNotContain("exemption", letter.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ADenial_StillArguesSegregabilityAndForeseeableHarm()
    {
        var why = FoiaFollowUps.Appeal(Case, AppealGround.Denied, new DateOnly(2026, 3, 2), null, FoiaSeed.Today).Part(FoiaLetterPart.Context)!;

        Assert.Contains("5 U.S.C. § 552(b)", why, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552(a)(8)", why, StringComparison.Ordinal);
    }
}
