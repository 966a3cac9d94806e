using System.Globalization;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Tests.Features.Shared;

public sealed class PersonTimeTests
{
    private static readonly DateTimeOffset Moment = new(2026, 12, 1, 16, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("America/Chicago", "December 1, 2026 at 10:30 AM (Chicago time)")]
    [InlineData("America/Indiana/Indianapolis", "December 1, 2026 at 11:30 AM (Indianapolis time)")]
    [InlineData("Pacific/Honolulu", "December 1, 2026 at 6:30 AM (Honolulu time)")]
    [InlineData("America/Puerto_Rico", "December 1, 2026 at 12:30 PM (Puerto Rico time)")]
    [InlineData("Etc/UTC", "December 1, 2026 at 16:30 UTC")]
    public void AKnownZone_GivesItsLocalTime(string zone, string expected) =>
        Assert.Equal(expected, PersonTime.Named(zone).Format(Moment));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    [InlineData("America/Chicago<script>")]
    [InlineData("Eastern Standard Time")] // a Windows name, not an IANA one
    public void NoZoneOrAnUnusableOne_FallsBackToUtc_AndSaysSo(string? zone)
    {
        Assert.Null(PersonTime.Named(zone).Zone);
        Assert.Equal("December 1, 2026 at 16:30 UTC", PersonTime.Named(zone).Format(Moment));
    }

    [Theory]
    [InlineData("America/Chicago", "1 de diciembre de 2026, a las 10:30 a. m. (hora de Chicago)")]
    [InlineData("America/Puerto_Rico", "1 de diciembre de 2026, a las 12:30 p. m. (hora de Puerto Rico)")]
    [InlineData("Etc/UTC", "1 de diciembre de 2026, a las 16:30 UTC")]
    public void OnASpanishPage_TheTimeIsWrittenInSpanish(string zone, string expected)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo("es-US"), CultureInfo.GetCultureInfo("es"));
            Assert.Equal(expected, PersonTime.Named(zone).Format(Moment).Replace('\u00a0', ' ').Replace('\u202f', ' '));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void AVeryLongName_IsNotLookedUp() => Assert.Null(PersonTime.Named(new string('A', 65)).Zone);
}
