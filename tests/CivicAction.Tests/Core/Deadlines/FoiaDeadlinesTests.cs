using CivicAction.Core.Deadlines;
using static CivicAction.Tests.Core.Deadlines.Iso;

namespace CivicAction.Tests.Core.Deadlines;

/// <summary>FOIA's response and appeal deadlines on real calendar dates, each counted by hand in a comment.</summary>
public sealed class FoiaDeadlinesTests
{
    [Fact]
    public void DueDate_SkipsThanksgiving()
    {
        // Received Wed 2025-11-26; Thu 11-27 is Thanksgiving.
        //  1 Fri 11-28, 2-6 Mon 12-01..Fri 12-05, 7-11 Mon 12-08..Fri 12-12, 12-16 Mon 12-15..Fri 12-19,
        // 17-19 Mon 12-22..Wed 12-24, Christmas Thu 12-25, 20 Fri 12-26.
        Assert.Equal(Day("2025-12-26"), FoiaDeadlines.ResponseDue(Day("2025-11-26"), unusualCircumstances: false));
    }

    [Fact]
    public void DueDate_UnusualCircumstances_AddsTenWorkingDays_SkippingNewYear()
    {
        // Day 20 is Fri 2025-12-26 (above). 21-23 Mon 12-29..Wed 12-31, New Year's Day Thu 2026-01-01,
        // 24 Fri 01-02, 25-29 Mon 01-05..Fri 01-09, 30 Mon 01-12.
        var due = FoiaDeadlines.ResponseDue(Day("2025-11-26"), unusualCircumstances: true);

        Assert.Equal(Day("2026-01-12"), due);
        Assert.Equal(BusinessDays.AddWorkingDays(FoiaDeadlines.ResponseDue(Day("2025-11-26"), false), 10), due);
    }

    [Fact]
    public void DueDate_ReceivedOnSaturday_CountsFromTheNextWorkingDay()
    {
        // Received Sat 2025-11-22, treated as received Mon 11-24, so day 1 is Tue 11-25.
        //  1-2 Tue 11-25, Wed 11-26, Thanksgiving Thu 11-27, 3 Fri 11-28, 4-8 Mon 12-01..Fri 12-05,
        //  9-13 Mon 12-08..Fri 12-12, 14-18 Mon 12-15..Fri 12-19, 19 Mon 12-22, 20 Tue 12-23.
        var saturday = FoiaDeadlines.ResponseDue(Day("2025-11-22"), unusualCircumstances: false);

        Assert.Equal(Day("2025-12-23"), saturday);
        Assert.Equal(FoiaDeadlines.ResponseDue(Day("2025-11-24"), unusualCircumstances: false), saturday);
    }

    [Fact]
    public void DueDate_ReceivedOnThanksgiving_CountsFromTheFridayAfter()
    {
        // Received Thu 2025-11-27 (a holiday), treated as received Fri 11-28, so day 1 is Mon 12-01.
        //  1-5 Mon 12-01..Fri 12-05, 6-10 Mon 12-08..Fri 12-12, 11-15 Mon 12-15..Fri 12-19,
        // 16-18 Mon 12-22..Wed 12-24, Christmas Thu 12-25, 19 Fri 12-26, 20 Mon 12-29.
        Assert.Equal(Day("2025-12-29"), FoiaDeadlines.ResponseDue(Day("2025-11-27"), unusualCircumstances: false));
    }

    [Fact]
    public void DueDate_SkipsJuneteenthAndObservedIndependenceDay()
    {
        // Received Fri 2026-06-05. 1-5 Mon 06-08..Fri 06-12, 6-9 Mon 06-15..Thu 06-18, Juneteenth Fri 06-19,
        // 10-14 Mon 06-22..Fri 06-26, 15-18 Mon 06-29..Thu 07-02, Independence Day observed Fri 07-03,
        // 19 Mon 07-06, 20 Tue 07-07.
        Assert.Equal(Day("2026-07-07"), FoiaDeadlines.ResponseDue(Day("2026-06-05"), unusualCircumstances: false));
    }

    [Fact]
    public void DueDate_UnusualCircumstances_AcrossTheDecember31Observance()
    {
        // Received Thu 2027-12-23. Christmas observed Fri 12-24. 1-4 Mon 12-27..Thu 12-30,
        // New Year's Day 2028 observed Fri 12-31, 5-9 Mon 2028-01-03..Fri 01-07, 10-14 Mon 01-10..Fri 01-14,
        // King's Birthday Mon 01-17, 15-18 Tue 01-18..Fri 01-21, 19-20 Mon 01-24, Tue 01-25,
        // 21-23 Wed 01-26..Fri 01-28, 24-28 Mon 01-31..Fri 02-04, 29 Mon 02-07, 30 Tue 02-08.
        Assert.Equal(Day("2028-01-25"), FoiaDeadlines.ResponseDue(Day("2027-12-23"), unusualCircumstances: false));
        Assert.Equal(Day("2028-02-08"), FoiaDeadlines.ResponseDue(Day("2027-12-23"), unusualCircumstances: true));
    }

    [Fact]
    public void AppealDue_Statutory_Is90CalendarDays()
    {
        // 2026-01-15 + 16 = 01-31, + 28 = 02-28 (44), + 31 = 03-31 (75), + 15 = 04-15 (90).
        Assert.Equal(Day("2026-04-15"), FoiaDeadlines.AppealDue(Day("2026-01-15"), AppealRule.Statutory));
    }

    [Fact]
    public void AppealDue_CalendarDays_IsNotMovedOffASunday()
    {
        // 2025-12-01 + 30 = 12-31, + 31 = 2026-01-31 (61), + 28 = 02-28 (89), + 1 = Sun 03-01 (90).
        var due = FoiaDeadlines.AppealDue(Day("2025-12-01"), AppealRule.CalendarDays(90));

        Assert.Equal(Day("2026-03-01"), due);
        Assert.Equal(DayOfWeek.Sunday, due.DayOfWeek);
    }

    [Fact]
    public void AppealDue_DhsWorkingDays_Is90WorkingDays()
    {
        // Determination Mon 2025-12-01; running totals at the end of each week:
        // Tue 12-02..Fri 12-05: 4; 12-08..12-12: 9; 12-15..12-19: 14; 12-22..12-26 less Christmas: 18;
        // 12-29..2026-01-02 less New Year's Day: 22; 01-05..01-09: 27; 01-12..01-16: 32;
        // 01-19..01-23 less King's Birthday: 36; 01-26..01-30: 41; 02-02..02-06: 46; 02-09..02-13: 51;
        // 02-16..02-20 less Washington's Birthday: 55; 02-23..02-27: 60; 03-02..03-06: 65; 03-09..03-13: 70;
        // 03-16..03-20: 75; 03-23..03-27: 80; 03-30..04-03: 85; 04-06..04-10: 90 on Fri 04-10.
        Assert.Equal(Day("2026-04-10"), FoiaDeadlines.AppealDue(Day("2025-12-01"), AppealRule.WorkingDays(90)));
    }

    [Fact]
    public void AppealRule_Statutory_Is90CalendarDays()
    {
        Assert.Equal(AppealRule.CalendarDays(90), AppealRule.Statutory);
        Assert.NotEqual(AppealRule.WorkingDays(90), AppealRule.Statutory);
        Assert.False(AppealRule.Statutory.CountsWorkingDays);
        Assert.Equal(90, AppealRule.Statutory.Days);
    }

    [Fact]
    public void AppealRule_NegativeDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AppealRule.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AppealRule.CalendarDays(-1));
    }

    [Theory]
    [InlineData("2025-12-25", false)] // before the due day
    [InlineData("2025-12-26", false)] // on the due day the agency is still on time
    [InlineData("2025-12-27", true)]
    [InlineData("2026-01-12", true)]
    public void IsOverdue_OnlyAfterTheDueDay(string today, bool expected)
    {
        Assert.Equal(expected, FoiaDeadlines.IsOverdue(Day("2025-12-26"), Day(today)));
    }
}
