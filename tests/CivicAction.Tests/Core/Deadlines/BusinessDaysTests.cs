using CivicAction.Core.Deadlines;
using static CivicAction.Tests.Core.Deadlines.Iso;

namespace CivicAction.Tests.Core.Deadlines;

/// <summary>Working-day arithmetic, with every expected date counted by hand against the OPM holiday tables.</summary>
public sealed class BusinessDaysTests
{
    [Theory]
    [InlineData("2025-11-26", true)]  // Wednesday
    [InlineData("2025-11-27", false)] // Thanksgiving
    [InlineData("2025-11-28", true)]  // Friday after Thanksgiving: a working day
    [InlineData("2025-11-29", false)] // Saturday
    [InlineData("2025-11-30", false)] // Sunday
    [InlineData("2026-07-03", false)] // Independence Day observed
    [InlineData("2027-12-31", false)] // New Year's Day 2028 observed
    [InlineData("2026-12-31", true)]  // New Year's Day 2027 is a Friday, so Dec 31 2026 is ordinary
    public void IsWorkingDay_ExcludesWeekendsAndObservedHolidays(string date, bool expected)
    {
        Assert.Equal(expected, BusinessDays.IsWorkingDay(Day(date)));
    }

    [Fact]
    public void AddWorkingDays_SkipsThanksgivingAndChristmas()
    {
        // Start Wed 2025-11-26; Thu 11-27 is Thanksgiving.
        //  1 Fri 11-28
        //  2-6   Mon 12-01 .. Fri 12-05
        //  7-11  Mon 12-08 .. Fri 12-12
        // 12-16  Mon 12-15 .. Fri 12-19
        // 17-19  Mon 12-22, Tue 12-23, Wed 12-24; Thu 12-25 is Christmas
        // 20     Fri 12-26
        Assert.Equal(Day("2025-12-26"), BusinessDays.AddWorkingDays(Day("2025-11-26"), 20));
    }

    [Fact]
    public void AddWorkingDays_SkipsThanksgivingChristmasAndNewYear()
    {
        // Day 20 is Fri 2025-12-26 (above). Then:
        // 21-23  Mon 12-29, Tue 12-30, Wed 12-31; Thu 2026-01-01 is New Year's Day
        // 24     Fri 01-02
        // 25-29  Mon 01-05 .. Fri 01-09
        // 30     Mon 01-12
        Assert.Equal(Day("2026-01-12"), BusinessDays.AddWorkingDays(Day("2025-11-26"), 30));
    }

    [Fact]
    public void AddWorkingDays_SkipsJuneteenthAndObservedIndependenceDay2026()
    {
        // Start Fri 2026-06-05.
        //  1-5   Mon 06-08 .. Fri 06-12
        //  6-9   Mon 06-15 .. Thu 06-18; Fri 06-19 is Juneteenth
        // 10-14  Mon 06-22 .. Fri 06-26
        // 15-18  Mon 06-29, Tue 06-30, Wed 07-01, Thu 07-02; Fri 07-03 is Independence Day observed
        // 19-20  Mon 07-06, Tue 07-07
        Assert.Equal(Day("2026-07-07"), BusinessDays.AddWorkingDays(Day("2026-06-05"), 20));
    }

    [Fact]
    public void AddWorkingDays_SkipsJuneteenthAndIndependenceDay2027_ObservedOnFridayAndMonday()
    {
        // Start Fri 2027-06-11.
        //  1-4   Mon 06-14 .. Thu 06-17; Fri 06-18 is Juneteenth observed (06-19 is a Saturday)
        //  5-9   Mon 06-21 .. Fri 06-25
        // 10-14  Mon 06-28 .. Fri 07-02
        //        Mon 07-05 is Independence Day observed (07-04 is a Sunday)
        // 15-18  Tue 07-06 .. Fri 07-09
        // 19-20  Mon 07-12, Tue 07-13
        Assert.Equal(Day("2027-07-13"), BusinessDays.AddWorkingDays(Day("2027-06-11"), 20));
    }

    [Fact]
    public void AddWorkingDays_SkipsDecember31_WhenNewYearsDayFallsOnSaturday()
    {
        // Start Thu 2027-12-23; Fri 12-24 is Christmas observed.
        //  1-4   Mon 12-27 .. Thu 12-30; Fri 12-31 is New Year's Day 2028 observed
        //  5-9   Mon 2028-01-03 .. Fri 01-07
        // 10-14  Mon 01-10 .. Fri 01-14
        //        Mon 01-17 is King's Birthday
        // 15-18  Tue 01-18 .. Fri 01-21
        // 19-20  Mon 01-24, Tue 01-25
        Assert.Equal(Day("2028-01-25"), BusinessDays.AddWorkingDays(Day("2027-12-23"), 20));
    }

    [Theory]
    [InlineData("2025-11-21", "2025-11-24")] // Friday -> Monday
    [InlineData("2025-11-22", "2025-11-24")] // Saturday -> Monday: day 1 is the first working day after the start
    [InlineData("2025-11-26", "2025-11-28")] // Wednesday -> Friday over Thanksgiving
    [InlineData("2027-12-30", "2028-01-03")] // Thursday -> Monday over the Dec 31 observance and a weekend
    public void AddWorkingDays_One_IsTheNextWorkingDay(string start, string expected)
    {
        Assert.Equal(Day(expected), BusinessDays.AddWorkingDays(Day(start), 1));
    }

    [Theory]
    [InlineData("2025-11-26")]
    [InlineData("2025-11-29")] // a Saturday stays put: nothing was counted
    public void AddWorkingDays_Zero_IsTheStartDay(string start)
    {
        Assert.Equal(Day(start), BusinessDays.AddWorkingDays(Day(start), 0));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessDays.AddWorkingDays(Day("2025-11-26"), -1));
    }

    [Theory]
    [InlineData("2025-11-26", "2025-12-26", 20)]
    [InlineData("2025-11-26", "2026-01-12", 30)]
    [InlineData("2025-11-26", "2025-12-25", 19)] // the range ends on Christmas, which does not count
    [InlineData("2025-12-24", "2025-12-26", 1)]  // only Fri 12-26
    [InlineData("2025-11-21", "2025-11-22", 0)]  // Friday to Saturday
    [InlineData("2025-11-21", "2025-11-24", 1)]  // Friday to Monday: the start is excluded, the end included
    [InlineData("2025-11-22", "2025-11-23", 0)]  // Saturday to Sunday
    [InlineData("2025-11-26", "2025-11-26", 0)]
    [InlineData("2025-12-26", "2025-11-26", -20)] // backwards counts negative
    public void WorkingDaysBetween_CountsTheHalfOpenRange(string from, string to, int expected)
    {
        Assert.Equal(expected, BusinessDays.WorkingDaysBetween(Day(from), Day(to)));
    }

    [Theory]
    [InlineData(2025, 250)] // 261 weekdays - 11 holidays
    [InlineData(2026, 250)] // 261 weekdays - 11 holidays
    [InlineData(2027, 249)] // 261 weekdays - 12 holidays (Dec 31 observes New Year's Day 2028)
    public void WorkingDaysBetween_AWholeYear_MatchesOpmTables(int year, int expected)
    {
        Assert.Equal(expected, BusinessDays.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    [Fact]
    public void WorkingDaysBetween_IsAdditiveAndAntisymmetric()
    {
        var a = Day("2025-11-22");
        var b = Day("2026-02-14");
        var c = Day("2027-07-04");

        Assert.Equal(BusinessDays.WorkingDaysBetween(a, c), BusinessDays.WorkingDaysBetween(a, b) + BusinessDays.WorkingDaysBetween(b, c));
        Assert.Equal(-BusinessDays.WorkingDaysBetween(a, c), BusinessDays.WorkingDaysBetween(c, a));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(30)]
    public void AddWorkingDays_AndWorkingDaysBetween_AreInverses_OnEveryDayOf2025To2027(int n)
    {
        for (var start = Day("2025-01-01"); start <= Day("2027-12-31"); start = start.AddDays(1))
        {
            var end = BusinessDays.AddWorkingDays(start, n);

            Assert.True(BusinessDays.IsWorkingDay(end), $"{start:O} + {n} = {end:O} is not a working day");
            Assert.True(end > start, $"{start:O} + {n} = {end:O} is not after the start");
            Assert.Equal(n, BusinessDays.WorkingDaysBetween(start, end));
            Assert.Equal(n - 1, BusinessDays.WorkingDaysBetween(start, end.AddDays(-1))); // and it is the earliest such day
        }
    }
}
