using CivicAction.Core.Deadlines;
using static CivicAction.Tests.Core.Deadlines.Iso;

namespace CivicAction.Tests.Core.Deadlines;

/// <summary>Observed holidays checked against OPM's published federal holiday tables (opm.gov, "Federal Holidays").</summary>
public sealed class FederalHolidaysTests
{
    private const string NewYear = "New Year's Day";
    private const string King = "Birthday of Martin Luther King, Jr.";
    private const string Washington = "Washington's Birthday";
    private const string Memorial = "Memorial Day";
    private const string Juneteenth = "Juneteenth National Independence Day";
    private const string Independence = "Independence Day";
    private const string Labor = "Labor Day";
    private const string Columbus = "Columbus Day";
    private const string Veterans = "Veterans Day";
    private const string Thanksgiving = "Thanksgiving Day";
    private const string Christmas = "Christmas Day";

    [Fact]
    public void For2025_MatchesOpm()
    {
        AssertYear(2025,
            (NewYear, "2025-01-01", "2025-01-01"), // Wednesday
            (King, "2025-01-20", "2025-01-20"),
            (Washington, "2025-02-17", "2025-02-17"),
            (Memorial, "2025-05-26", "2025-05-26"),
            (Juneteenth, "2025-06-19", "2025-06-19"), // Thursday
            (Independence, "2025-07-04", "2025-07-04"), // Friday
            (Labor, "2025-09-01", "2025-09-01"),
            (Columbus, "2025-10-13", "2025-10-13"),
            (Veterans, "2025-11-11", "2025-11-11"), // Tuesday
            (Thanksgiving, "2025-11-27", "2025-11-27"),
            (Christmas, "2025-12-25", "2025-12-25")); // Thursday
    }

    [Fact]
    public void For2026_MatchesOpm()
    {
        AssertYear(2026,
            (NewYear, "2026-01-01", "2026-01-01"), // Thursday
            (King, "2026-01-19", "2026-01-19"),
            (Washington, "2026-02-16", "2026-02-16"),
            (Memorial, "2026-05-25", "2026-05-25"),
            (Juneteenth, "2026-06-19", "2026-06-19"), // Friday
            (Independence, "2026-07-04", "2026-07-03"), // Saturday -> Friday
            (Labor, "2026-09-07", "2026-09-07"),
            (Columbus, "2026-10-12", "2026-10-12"),
            (Veterans, "2026-11-11", "2026-11-11"), // Wednesday
            (Thanksgiving, "2026-11-26", "2026-11-26"),
            (Christmas, "2026-12-25", "2026-12-25")); // Friday
    }

    [Fact]
    public void For2027_MatchesOpm_IncludingNewYear2028ObservedOnDecember31()
    {
        AssertYear(2027,
            (NewYear, "2027-01-01", "2027-01-01"), // Friday
            (King, "2027-01-18", "2027-01-18"),
            (Washington, "2027-02-15", "2027-02-15"),
            (Memorial, "2027-05-31", "2027-05-31"),
            (Juneteenth, "2027-06-19", "2027-06-18"), // Saturday -> Friday
            (Independence, "2027-07-04", "2027-07-05"), // Sunday -> Monday
            (Labor, "2027-09-06", "2027-09-06"),
            (Columbus, "2027-10-11", "2027-10-11"),
            (Veterans, "2027-11-11", "2027-11-11"), // Thursday
            (Thanksgiving, "2027-11-25", "2027-11-25"),
            (Christmas, "2027-12-25", "2027-12-24"), // Saturday -> Friday
            (NewYear, "2028-01-01", "2027-12-31")); // Saturday -> Friday of the year before
    }

    [Fact]
    public void For2028_HasNoNewYearsDay_BecauseItWasObservedIn2027()
    {
        var holidays = FederalHolidays.For(2028);

        Assert.DoesNotContain(holidays, h => h.Name == NewYear);
        Assert.Equal(10, holidays.Count);
        Assert.Equal(Day("2028-01-17"), holidays[0].Observed); // King's Birthday comes first
    }

    [Theory]
    [InlineData(Independence, "2026-07-03", DayOfWeek.Friday)]
    [InlineData(Juneteenth, "2027-06-18", DayOfWeek.Friday)]
    [InlineData(Independence, "2027-07-05", DayOfWeek.Monday)]
    [InlineData(Christmas, "2027-12-24", DayOfWeek.Friday)]
    [InlineData(NewYear, "2027-12-31", DayOfWeek.Friday)]
    [InlineData(Christmas, "2022-12-26", DayOfWeek.Monday)]
    [InlineData(NewYear, "2023-01-02", DayOfWeek.Monday)]
    [InlineData(Juneteenth, "2021-06-18", DayOfWeek.Friday)]
    [InlineData(Christmas, "2021-12-24", DayOfWeek.Friday)]
    [InlineData(NewYear, "2021-12-31", DayOfWeek.Friday)]
    public void Observed_WeekendHolidays_MoveToTheNearestWeekday(string name, string observed, DayOfWeek weekday)
    {
        var day = Day(observed);

        Assert.Equal(weekday, day.DayOfWeek);
        Assert.True(FederalHolidays.IsHoliday(day));
        Assert.Contains(FederalHolidays.For(day.Year), h => h.Name == name && h.Observed == day);
    }

    [Theory]
    [InlineData("2026-07-04")] // Independence Day on a Saturday
    [InlineData("2027-06-19")] // Juneteenth on a Saturday
    [InlineData("2027-07-04")] // Independence Day on a Sunday
    [InlineData("2027-12-25")] // Christmas on a Saturday
    [InlineData("2028-01-01")] // New Year's Day on a Saturday
    [InlineData("2022-12-25")] // Christmas on a Sunday
    public void IsHoliday_IsFalse_OnTheWeekendDateItself(string date)
    {
        Assert.False(FederalHolidays.IsHoliday(Day(date)));
    }

    [Theory]
    [InlineData("2025-11-26")] // the day before Thanksgiving
    [InlineData("2025-11-28")] // the day after Thanksgiving is not a legal public holiday
    [InlineData("2025-12-24")] // Christmas Eve
    [InlineData("2026-12-31")] // New Year's Day 2027 is a Friday, so no Dec 31 observance
    [InlineData("2026-06-18")] // Juneteenth 2026 is a Friday itself
    public void IsHoliday_IsFalse_OnOrdinaryDaysNextToHolidays(string date)
    {
        Assert.False(FederalHolidays.IsHoliday(Day(date)));
    }

    [Theory]
    [InlineData(2026, "2026-01-19")]
    [InlineData(2025, "2025-01-20")]
    [InlineData(2027, "2027-01-18")]
    public void KingsBirthday_IsTheThirdMondayOfJanuary(int year, string expected)
    {
        Assert.Equal(Day(expected), Single(year, King).Date);
    }

    [Theory]
    [InlineData(2025, "2025-11-27")]
    [InlineData(2026, "2026-11-26")]
    [InlineData(2027, "2027-11-25")]
    [InlineData(2029, "2029-11-22")] // November 1 is a Thursday: the 4th Thursday is the 22nd, not the 29th
    [InlineData(2030, "2030-11-28")] // November 1 is a Friday: the 4th Thursday is as late as it gets
    public void Thanksgiving_IsTheFourthThursdayOfNovember(int year, string expected)
    {
        Assert.Equal(Day(expected), Single(year, Thanksgiving).Observed);
    }

    [Theory]
    [InlineData(2026, "2026-05-25")]
    [InlineData(2027, "2027-05-31")] // May 31 itself is a Monday
    [InlineData(2025, "2025-05-26")]
    public void MemorialDay_IsTheLastMondayOfMay(int year, string expected)
    {
        Assert.Equal(Day(expected), Single(year, Memorial).Observed);
    }

    [Fact]
    public void Juneteenth_IsAHolidayOnlyFrom2021()
    {
        Assert.DoesNotContain(FederalHolidays.For(2020), h => h.Name == Juneteenth);
        Assert.False(FederalHolidays.IsHoliday(Day("2020-06-19"))); // a Friday, but not yet a holiday
        Assert.Equal(Day("2021-06-18"), Single(2021, Juneteenth).Observed);
    }

    [Fact]
    public void KingsBirthday_IsAHolidayOnlyFrom1986()
    {
        Assert.DoesNotContain(FederalHolidays.For(1985), h => h.Name == King);
        Assert.Equal(Day("1986-01-20"), Single(1986, King).Observed);
    }

    [Fact]
    public void For_IsOrderedByObservedDate_AndEveryObservedDayIsAWeekday()
    {
        for (var year = 1990; year <= 2060; year++)
        {
            var observed = FederalHolidays.For(year).Select(h => h.Observed).ToList();

            Assert.Equal(observed.Order(), observed);
            Assert.All(observed, d => Assert.Equal(year, d.Year));
            Assert.All(observed, d => Assert.InRange((int)d.DayOfWeek, (int)DayOfWeek.Monday, (int)DayOfWeek.Friday));
        }
    }

    [Fact]
    public void For_GivesTheSameAnswerWhenAskedFromManyThreadsAtOnce()
    {
        // 2099 is asked for nowhere else, so the threads race to fill its cache entry.
        var answers = Enumerable.Range(0, 64).AsParallel().Select(_ => FederalHolidays.For(2099)).ToList();

        Assert.Equal(11, answers[0].Count);
        Assert.All(answers, list => Assert.Equal(answers[0], list));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void For_RejectsYearsOutsideDateOnly(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FederalHolidays.For(year));
    }

    private static Holiday Single(int year, string name) => Assert.Single(FederalHolidays.For(year), h => h.Name == name);

    private static void AssertYear(int year, params (string Name, string Date, string Observed)[] expected)
    {
        var want = expected.Select(e => new Holiday(e.Name, Day(e.Date), Day(e.Observed))).ToList();

        Assert.Equal(want, FederalHolidays.For(year));
        foreach (var holiday in want)
        {
            Assert.True(FederalHolidays.IsHoliday(holiday.Observed), $"{holiday.Name} should be observed on {holiday.Observed:O}");
        }
    }
}
