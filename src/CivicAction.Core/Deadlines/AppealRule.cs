namespace CivicAction.Core.Deadlines;

/// <summary>How long a requester has to appeal an adverse determination, counted from the date of the determination.</summary>
public sealed record AppealRule
{
    private AppealRule(int days, bool countsWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        Days = days;
        CountsWorkingDays = countsWorkingDays;
    }

    /// <summary>
    /// The floor the statute sets: a period "of not less than 90 days after the date of such adverse determination"
    /// (5 U.S.C. 552(a)(6)(A)(i)(III)(aa)), in calendar days.
    /// </summary>
    public static AppealRule Statutory { get; } = CalendarDays(90);

    public int Days { get; }

    /// <summary>Whether <see cref="Days"/> are working days (true) or calendar days (false).</summary>
    public bool CountsWorkingDays { get; }

    /// <summary>An appeal window of <paramref name="days"/> calendar days, such as the statutory 90.</summary>
    public static AppealRule CalendarDays(int days) => new(days, countsWorkingDays: false);

    /// <summary>
    /// An appeal window of <paramref name="days"/> working days, for agencies whose regulations are more generous
    /// than the statute, e.g. DHS: 90 working days after the date of the component's response (6 CFR 5.8(a)(1)).
    /// </summary>
    public static AppealRule WorkingDays(int days) => new(days, countsWorkingDays: true);
}
