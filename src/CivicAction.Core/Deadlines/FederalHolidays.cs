using System.Collections.Concurrent;

namespace CivicAction.Core.Deadlines;

/// <summary>
/// The legal public holidays of 5 U.S.C. 6103(a) and the days they are observed, which are the
/// "legal public holidays" FOIA excludes when it counts days (5 U.S.C. 552(a)(6)).
/// </summary>
/// <remarks>
/// Only the statutory holidays are modelled. Inauguration Day (6103(c)) closes offices only in the
/// Washington area, and closures by executive order (such as the national day of mourning of
/// 2025-01-09) are not legal public holidays, so neither stops the FOIA clock here.
/// The table is today's statute plus the years the two newest holidays began. Years before 1978 are not
/// historically accurate: Veterans Day was in October from 1971 to 1977, and before 1971 several holidays had
/// fixed dates.
/// </remarks>
public static class FederalHolidays
{
    // Pub. L. 98-144 created the holiday in 1983 but it was first observed in 1986.
    private const int FirstKingBirthdayYear = 1986;

    // Pub. L. 117-17, signed 2021-06-17; the first observance was Friday 2021-06-18.
    private const int FirstJuneteenthYear = 2021;

    // Deadline loops ask about the same few years thousands of times; a year's table never changes.
    private static readonly ConcurrentDictionary<int, HolidayYear> Years = new();

    /// <summary>The holidays whose observed day falls in <paramref name="year"/>, in order of that day.</summary>
    /// <remarks>
    /// When January 1 of the next year is a Saturday it is observed on December 31 of this year, so it is listed
    /// here and not in the next year's table (which then has no New Year's Day at all).
    /// </remarks>
    public static IReadOnlyList<Holiday> For(int year) => Get(year).Holidays;

    /// <summary>Whether federal offices are closed on <paramref name="day"/> for a legal public holiday.</summary>
    /// <remarks>Checks the observed day: Saturday 2026-07-04 is not a holiday here, Friday 2026-07-03 is.</remarks>
    public static bool IsHoliday(DateOnly day) => Get(day.Year).ObservedDays.Contains(day);

    private static HolidayYear Get(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        // GetOrAdd may build a year twice under contention; building is pure, so either copy is right.
        return Years.GetOrAdd(year, static y => new HolidayYear(Build(y)));
    }

    private static List<Holiday> Build(int year)
    {
        var holidays = new List<Holiday>();

        void Fixed(string name, int month, int day)
        {
            var date = new DateOnly(year, month, day);
            holidays.Add(new Holiday(name, date, Observe(date)));
        }

        void Floating(string name, DateOnly date) => holidays.Add(new Holiday(name, date, date));

        Fixed("New Year's Day", 1, 1);
        if (year >= FirstKingBirthdayYear)
        {
            Floating("Birthday of Martin Luther King, Jr.", NthWeekday(year, 1, DayOfWeek.Monday, 3));
        }

        Floating("Washington's Birthday", NthWeekday(year, 2, DayOfWeek.Monday, 3));
        Floating("Memorial Day", LastWeekday(year, 5, DayOfWeek.Monday));
        if (year >= FirstJuneteenthYear)
        {
            Fixed("Juneteenth National Independence Day", 6, 19);
        }

        Fixed("Independence Day", 7, 4);
        Floating("Labor Day", NthWeekday(year, 9, DayOfWeek.Monday, 1));
        Floating("Columbus Day", NthWeekday(year, 10, DayOfWeek.Monday, 2));
        Fixed("Veterans Day", 11, 11);
        Floating("Thanksgiving Day", NthWeekday(year, 11, DayOfWeek.Thursday, 4));
        Fixed("Christmas Day", 12, 25);

        // A Saturday New Year's Day is observed on the last day of the year before: the one holiday
        // that crosses a year boundary, so it moves to the year in which offices are actually closed.
        holidays.RemoveAll(h => h.Observed.Year != year);
        if (year < DateOnly.MaxValue.Year)
        {
            var nextNewYear = new DateOnly(year + 1, 1, 1);
            var observed = Observe(nextNewYear);
            if (observed.Year == year)
            {
                holidays.Add(new Holiday("New Year's Day", nextNewYear, observed));
            }
        }

        return holidays;
    }

    // 5 U.S.C. 6103(b)(1) moves a Sunday holiday to Monday; Executive Order 11582 moves a Saturday one
    // to Friday for employees on a Monday-to-Friday week, which is the schedule FOIA offices keep.
    private static DateOnly Observe(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }

    private sealed class HolidayYear(List<Holiday> holidays)
    {
        public IReadOnlyList<Holiday> Holidays { get; } = holidays.AsReadOnly();

        public HashSet<DateOnly> ObservedDays { get; } = [.. holidays.Select(h => h.Observed)];
    }
}
