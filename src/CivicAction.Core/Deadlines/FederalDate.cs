namespace CivicAction.Core.Deadlines;

/// <summary>
/// "Today" as federal agencies count it: the date in Washington, D.C. A request sent at 11 p.m.
/// Pacific time already arrives on the next day there.
/// </summary>
public static class FederalDate
{
    private static readonly TimeZoneInfo Eastern = FindEastern();

    public static DateOnly Today(TimeProvider clock) => On(clock.GetUtcNow());

    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Eastern).DateTime);

    private static TimeZoneInfo FindEastern()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time-zone data: UTC-5 is right for most of the year and never a day off by more than one.
            return TimeZoneInfo.CreateCustomTimeZone("Eastern", TimeSpan.FromHours(-5), "Eastern", "Eastern");
        }
    }
}
