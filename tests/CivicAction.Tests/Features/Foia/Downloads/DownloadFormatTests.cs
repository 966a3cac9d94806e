using System.Text;
using CivicAction.Web.Features.Foia.Downloads;
using Ical.Net;

namespace CivicAction.Tests.Features.Foia.Downloads;

/// <summary>A request's deadlines as an iCalendar file, parsed back with Ical.Net (the PDF has its own tests, beside its renderer's).</summary>
public sealed class DownloadFormatTests
{
    private static readonly Uri Page = new("https://civicaction.example/requests/abc123");

    private static readonly FoiaDeadlineEvent[] Deadlines =
    [
        new("due", new DateOnly(2025, 12, 26), "FOIA answer due: DHS, HQ; now", new string('x', 200) + " ñ “quoted” \\ end"),
        new("expedited", new DateOnly(2025, 12, 8), "FOIA expedited decision due: DHS", "Ten calendar days, 5 U.S.C. 552(a)(6)(E)(ii)(I)."),
        new("appeal", new DateOnly(2026, 3, 20), "Last day to appeal: DHS", "90 days from the answer."),
    ];

    private static string Create(DateTimeOffset now) => FoiaCalendar.Create("CivicAction", 42, Deadlines, Page, now);

    [Fact]
    public void EachDeadline_IsAnAllDayEvent_WithItsTextTheLinkAndTwoReminders()
    {
        var calendar = Calendar.Load(Create(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero)))!;

        Assert.Equal(3, calendar.Events.Count);
        foreach (var (expected, actual) in Deadlines.Zip(calendar.Events))
        {
            Assert.Equal(expected.Summary, actual.Summary);
            Assert.Equal(expected.Description, actual.Description);
            Assert.False(actual.DtStart!.HasTime);
            Assert.Equal(expected.On, actual.DtStart.Date);
            Assert.Equal(expected.On.AddDays(1), actual.DtEnd!.Date);
            Assert.Equal(Page, actual.Url);
            Assert.Equal(["-P3D", "-P1D"], actual.Alarms.Select(a => a.Trigger!.Duration!.Value.ToString()));
            Assert.All(actual.Alarms, a => Assert.Equal("DISPLAY", a.Action));
        }
    }

    [Fact]
    public void TheUids_AreTheRequestAndTheDeadline_TheSameOnEveryDownload()
    {
        var first = Calendar.Load(Create(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero)))!;
        var later = Calendar.Load(Create(new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.Zero)))!;

        Assert.Equal(["foia-42-due@civicaction", "foia-42-expedited@civicaction", "foia-42-appeal@civicaction"], first.Events.Select(e => e.Uid));
        Assert.Equal(first.Events.Select(e => e.Uid), later.Events.Select(e => e.Uid));
    }

    [Fact]
    public void TheText_EscapesItsSeparators_EndsLinesInCrlf_AndFoldsBefore75Octets()
    {
        var ics = Create(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains("SUMMARY:FOIA answer due: DHS\\, HQ\\; now\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n x", ics, StringComparison.Ordinal); // the 200 x's go on over folded lines
        Assert.Contains("DTSTART;VALUE=DATE:20251226\r\n", ics, StringComparison.Ordinal);
    }
}
