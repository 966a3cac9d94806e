using System.Text;
using CivicAction.Core.Formats;

namespace CivicAction.Tests.Core.Formats;

/// <summary>The meeting's .ics: CRLF lines folded within 75 octets, escaped text, a floating local time.</summary>
public sealed class MeetingCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 12, 0, 0, TimeSpan.Zero);

    private static CalendarMeeting Meeting(TimeOnly? start = null, TimeOnly? end = null, string place = "the Grange Hall, 12 Mill Road; Clearwater") =>
        new("meeting-river-4@civicaction", "Attend the water district board hearing", new DateOnly(2026, 3, 19), start, end, place,
            "Bring ID.\nSpeak for two minutes, \\ no more");

    /// <summary>The file's content lines unfolded (RFC 5545 3.1), after checking that every physical line ends in CRLF and fits.</summary>
    internal static List<string> Unfold(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        var physical = ics[..^2].Split("\r\n");
        Assert.All(physical, l => Assert.DoesNotContain('\n', l));
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"longer than 75 octets: {l}"));
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    [Fact]
    public void ATimedMeeting_IsAFloatingLocalTime_WithItsEnd_AndEscapedText()
    {
        var lines = Unfold(MeetingCalendar.Create("CivicAction", Meeting(new TimeOnly(18, 0), new TimeOnly(20, 0)), Now));

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("DTSTART:20260319T180000", lines);
        Assert.Contains("DTEND:20260319T200000", lines);
        Assert.Contains("DTSTAMP:20260303T120000Z", lines);
        Assert.Contains("LOCATION:the Grange Hall\\, 12 Mill Road\\; Clearwater", lines);
        Assert.Contains("DESCRIPTION:Bring ID.\\nSpeak for two minutes\\, \\\\ no more", lines);
        Assert.DoesNotContain(lines, l => l.Contains("TZID", StringComparison.Ordinal));
    }

    [Fact]
    public void AMeetingWithoutATime_IsAllDay_AndOneWithoutAnEnd_HasNone()
    {
        var allDay = Unfold(MeetingCalendar.Create("CivicAction", Meeting(), Now));
        Assert.Contains("DTSTART;VALUE=DATE:20260319", allDay);
        Assert.Contains("DTEND;VALUE=DATE:20260320", allDay);

        var open = Unfold(MeetingCalendar.Create("CivicAction", Meeting(new TimeOnly(18, 30)), Now));
        Assert.Contains("DTSTART:20260319T183000", open);
        Assert.DoesNotContain(open, l => l.StartsWith("DTEND", StringComparison.Ordinal));

        var late = Unfold(MeetingCalendar.Create("CivicAction", Meeting(new TimeOnly(21, 0), new TimeOnly(1, 0)), Now));
        Assert.Contains("DTEND:20260320T010000", late);
    }

    [Fact]
    public void ALongLine_IsFoldedBetweenCharacters_NeverInsideOne()
    {
        var place = string.Concat(Enumerable.Repeat("Salle é 🎣 ", 30));
        var ics = MeetingCalendar.Create("CivicAction", Meeting(new TimeOnly(18, 0), place: place), Now);

        Assert.Contains($"LOCATION:{place}", Unfold(ics));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
    }
}
