using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Deadlines;

/// <summary>
/// The FOIA clock, each case worked out by hand on the 2026 calendar (federal holidays: Memorial Day May 25, Juneteenth
/// Friday June 19). "Day 1" is the first working day after receipt.
/// </summary>
public sealed class FoiaClockTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static FoiaClockFacts Emailed(DateOnly on) => new(on, SubmissionRoute.EmailApp);

    [Fact]
    public void AnEmailedRequest_IsReceivedThatDay_AndDueTwentyWorkingDaysLater_552a6Ai()
    {
        var due = FoiaClock.ResponseDue(Emailed(Monday));

        Assert.Equal((D(3, 30), D(3, 30)), (due.Earliest, due.Latest)); // Mar 3 is day 1, Mar 30 day 20
        Assert.False(due.IsRange);
        Assert.Contains("552(a)(6)(A)(i)", due.Rule.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AroundMemorialDayAndJuneteenth_TheHolidaysDoNotCount()
    {
        // Received Friday May 22: day 1 is Tuesday May 26 (Memorial Day Monday); Friday June 19 is skipped too.
        Assert.Equal(D(6, 23), FoiaClock.ResponseDue(new FoiaClockFacts(D(5, 22), SubmissionRoute.Portal)).Latest);
    }

    [Fact]
    public void APostedLetter_HasAnEstimatedReceipt_SoARange_WithAVisibleNote()
    {
        var facts = new FoiaClockFacts(Monday, SubmissionRoute.Post);

        var receipt = FoiaClock.Receipt(facts);
        var due = FoiaClock.ResponseDue(facts);

        Assert.Equal((D(3, 3), D(3, 16)), (receipt.Earliest, receipt.Latest)); // the next working day to ten working days
        Assert.StartsWith("estimated", receipt.Rule.English, StringComparison.Ordinal);
        Assert.Contains("Enter the receipt date the agency states", Assert.Single(receipt.Notes).English, StringComparison.Ordinal);
        Assert.Equal((D(3, 31), D(4, 13)), (due.Earliest, due.Latest));
    }

    [Fact]
    public void TheReceiptDateTheAgencyStates_AlwaysWins()
    {
        var facts = new FoiaClockFacts(Monday, SubmissionRoute.Post) { AgencyStatedReceipt = D(3, 9) };

        Assert.Equal((D(4, 6), D(4, 6)), (FoiaClock.ResponseDue(facts).Earliest, FoiaClock.ResponseDue(facts).Latest));
    }

    [Fact]
    public void AMisroutedRequest_StartsWhenTheRightOfficeGetsIt_WithinTenDays_552a6AiiClosingText()
    {
        var unknown = FoiaClock.ResponseDue(Emailed(Monday) with { FirstReachedWrongOffice = true });
        var known = FoiaClock.ResponseDue(Emailed(Monday) with { FirstReachedWrongOffice = true, ReachedRightOfficeOn = D(3, 5) });
        var late = FoiaClock.ClockStarts(Emailed(Monday) with { FirstReachedWrongOffice = true, ReachedRightOfficeOn = D(3, 20) });

        // Unknown: from receipt (Mar 30) to the ten-working-day cap, Mar 16, whose day 20 is Apr 13.
        Assert.Equal((D(3, 30), D(4, 13)), (unknown.Earliest, unknown.Latest));
        Assert.True(unknown.IsRange);
        Assert.Equal((D(4, 2), D(4, 2)), (known.Earliest, known.Latest));
        Assert.Equal(D(3, 16), late.Latest); // reached the right office after the cap: the cap is the start
        Assert.Single(late.Notes);
    }

    [Fact]
    public void TheAgencysOneRequestForInformation_TollsTheClock_552a6AiiI()
    {
        // Days 1 and 2 are Mar 3 and 4 (asked that day); Mar 5 to 10 are tolled (answered Mar 10); day 3 is Mar 11.
        var due = FoiaClock.ResponseDue(Emailed(Monday) with { Tolling = [new(TollingReason.Information, D(3, 4), D(3, 10))] });

        Assert.Equal(D(4, 3), due.Latest);
        Assert.Contains("552(a)(6)(A)(ii)(I), (II)", due.Rule.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondRequestForInformation_DoesNotToll_ButFeeQuestionsDo_552a6AiiII()
    {
        var due = FoiaClock.ResponseDue(Emailed(Monday) with
        {
            Tolling =
            [
                new(TollingReason.Information, D(3, 4), D(3, 10)),
                new(TollingReason.Information, D(3, 12), D(3, 20)),
                new(TollingReason.FeeClarification, D(3, 12), D(3, 13)),
            ],
        });

        Assert.Equal(D(4, 6), due.Latest); // Apr 3, plus Mar 13 tolled for the fee question
        Assert.Contains(due.Notes, n => n.English.Contains("second request for information", StringComparison.Ordinal));
    }

    [Fact]
    public void WhileTheAgencyAwaitsTheAnswer_NoDueDateIsGiven_AndThePageSaysWhy()
    {
        var due = FoiaClock.ResponseDue(Emailed(Monday) with { Tolling = [new(TollingReason.FeeClarification, D(3, 4), null)] });

        Assert.False(due.IsKnown);
        Assert.Contains("Paused since 2026-03-04", Assert.Single(due.Notes).English, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusualCircumstances_AddTenWorkingDays_552a6Bi()
    {
        Assert.Equal(D(4, 13), FoiaClock.ResponseDue(Emailed(Monday) with { UnusualCircumstances = true }).Latest);
    }

    [Fact]
    public void TheExpeditedDecision_IsDueTenCalendarDaysAfterTheRequest_552a6EiiI()
    {
        Assert.Null(FoiaClock.ExpeditedDecisionDue(Emailed(Monday)));
        Assert.Equal(D(3, 12), FoiaClock.ExpeditedDecisionDue(Emailed(Monday) with { ExpeditedRequested = true })!.Latest);
        var posted = FoiaClock.ExpeditedDecisionDue(new FoiaClockFacts(Monday, SubmissionRoute.Post) { ExpeditedRequested = true })!;
        Assert.Equal((D(3, 13), D(3, 26)), (posted.Earliest, posted.Latest));
    }

    [Fact]
    public void WithNothingSpecial_TheClockAgreesWithTheExistingDeadline()
    {
        for (var day = D(1, 1); day < D(12, 31); day = day.AddDays(1))
        {
            Assert.Equal(FoiaDeadlines.ResponseDue(day, false), FoiaClock.ResponseDue(Emailed(day)).Latest);
        }
    }
}
