namespace CivicAction.Core.Deadlines;

/// <summary>
/// Counting in the days FOIA counts: every day "excepting Saturdays, Sundays, and legal public holidays"
/// (5 U.S.C. 552(a)(6)(A)).
/// </summary>
public static class BusinessDays
{
    /// <summary>Monday to Friday and not the observed day of a legal public holiday.</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FederalHolidays.IsHoliday(day);

    /// <summary>
    /// The working day that ends a period of <paramref name="days"/> working days after <paramref name="start"/>.
    /// </summary>
    /// <remarks>
    /// The start day itself never counts, whether or not it is a working day: day 1 is the first working day
    /// after <paramref name="start"/>, as FOIA counts days "after the receipt" of a request. Zero days is
    /// <paramref name="start"/> itself.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The number of working days in the half-open range (<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <remarks>
    /// The inverse of <see cref="AddWorkingDays"/>: <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// When <paramref name="to"/> is before <paramref name="from"/> the count is negative
    /// (<c>-WorkingDaysBetween(to, from)</c>), so "days left" turns into "days overdue" without a special case.
    /// </remarks>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from; day < to;)
        {
            day = day.AddDays(1); // stepping before testing never runs past DateOnly.MaxValue
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
