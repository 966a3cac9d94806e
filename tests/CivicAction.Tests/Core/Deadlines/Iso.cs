using System.Globalization;

namespace CivicAction.Tests.Core.Deadlines;

/// <summary>Dates written the way the OPM holiday tables and the hand-counted comments write them.</summary>
internal static class Iso
{
    public static DateOnly Day(string yyyyMMdd) =>
        DateOnly.ParseExact(yyyyMMdd, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
