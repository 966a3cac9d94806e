using System.Text;
using CivicAction.Web.Features.Foia.Downloads;

namespace CivicAction.Tests.Features.Foia.Downloads;

/// <summary>The due date as an iCalendar event (the PDF has its own tests, beside its renderer's).</summary>
public sealed class DownloadFormatTests
{
    [Fact]
    public void Calendar_IsAnAllDayEvent_WithEscapedAndFoldedText()
    {
        var ics = DueDateCalendar.Create("CivicAction", "uid-1", new DateOnly(2025, 12, 26), "FOIA answer due: DHS, HQ; now",
            new string('x', 200), new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains("DTSTART;VALUE=DATE:20251226\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20251227\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:FOIA answer due: DHS\\, HQ\\; now\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n x", ics, StringComparison.Ordinal);
    }
}
