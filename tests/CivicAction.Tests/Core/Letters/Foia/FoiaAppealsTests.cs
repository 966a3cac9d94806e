using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The one rule for what an appeal is about; the page and the download both follow it.</summary>
public sealed class FoiaAppealsTests
{
    [Theory]
    [InlineData(FoiaOutcome.Denied, false, AppealGround.Denied)]
    [InlineData(FoiaOutcome.NoRecords, false, AppealGround.Denied)]
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
}
