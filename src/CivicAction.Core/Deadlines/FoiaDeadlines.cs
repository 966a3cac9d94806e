namespace CivicAction.Core.Deadlines;

/// <summary>The time limits of the Freedom of Information Act, 5 U.S.C. 552(a)(6).</summary>
/// <remarks>
/// Where the law leaves a day of doubt, the choice is the one that cannot mislead a requester: an agency's deadline
/// is read late (so a request is never called overdue too early) and a requester's deadline early (so an appeal
/// is never filed too late).
/// </remarks>
public static class FoiaDeadlines
{
    /// <summary>Working days an agency has to determine a request (5 U.S.C. 552(a)(6)(A)(i)).</summary>
    public const int ResponseWorkingDays = 20;

    /// <summary>The most a written notice of unusual circumstances may add (5 U.S.C. 552(a)(6)(B)(i)).</summary>
    public const int UnusualCircumstancesWorkingDays = 10;

    /// <summary>
    /// The last day for the agency's determination: 20 working days "after the receipt" of the request
    /// (5 U.S.C. 552(a)(6)(A)(i)), or 30 when the agency has extended it for unusual circumstances
    /// (5 U.S.C. 552(a)(6)(B)(i)).
    /// </summary>
    /// <remarks>
    /// A request received on a Saturday, Sunday or holiday is treated as received on the next working day, and
    /// day 1 is the first working day after that. So a Saturday receipt counts like a Monday one and day 1 is the
    /// Tuesday: one day later than reading "after the receipt" literally, which is the safe side for the requester.
    /// </remarks>
    public static DateOnly ResponseDue(DateOnly received, bool unusualCircumstances)
    {
        var deemedReceived = BusinessDays.IsWorkingDay(received) ? received : BusinessDays.AddWorkingDays(received, 1);
        var days = ResponseWorkingDays + (unusualCircumstances ? UnusualCircumstancesWorkingDays : 0);
        return BusinessDays.AddWorkingDays(deemedReceived, days);
    }

    /// <summary>The last day to file an administrative appeal of the adverse determination dated <paramref name="determination"/>.</summary>
    /// <remarks>
    /// A calendar-day deadline that lands on a weekend or holiday is not moved to the next working day: the statute
    /// does not move it, an appeal can be sent electronically on any day, and the earlier date is the safe one for
    /// the requester. A working-day period starts like any other: day 1 is the first working day after the
    /// determination.
    /// </remarks>
    public static DateOnly AppealDue(DateOnly determination, AppealRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.CountsWorkingDays
            ? BusinessDays.AddWorkingDays(determination, rule.Days)
            : determination.AddDays(rule.Days);
    }

    /// <summary>Whether a deadline has passed: the due day itself is still on time.</summary>
    public static bool IsOverdue(DateOnly due, DateOnly today) => today > due;
}
