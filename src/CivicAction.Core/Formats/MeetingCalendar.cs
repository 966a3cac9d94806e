using System.Globalization;

namespace CivicAction.Core.Formats;

/// <summary>One meeting as written in a brief: its day, and its start and end when the brief gives them.</summary>
public sealed record CalendarMeeting(string Uid, string Summary, DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Place, string Description);

/// <summary>
/// An iCalendar file with one event for a meeting. Briefs name no time zone, so a timed event is a floating time
/// (RFC 5545 3.3.5, form 1: no "Z", no TZID): the calendar shows 6 p.m. as 6 p.m. wherever it is set, which is what
/// the brief says for a meeting held where the reader lives. A meeting without a time is an all-day event; one
/// without an end has none (it ends when it starts, as the RFC says for a DTSTART without DTEND).
/// </summary>
public static class MeetingCalendar
{
    public static string Create(string siteName, CalendarMeeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(siteName);
        ArgumentNullException.ThrowIfNull(meeting);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{ICalendarText.Escape(siteName)}//Meetings//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{ICalendarText.Escape(meeting.Uid)}",
            $"DTSTAMP:{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
        };
        if (meeting.Start is { } start)
        {
            lines.Add($"DTSTART:{Local(meeting.Date, start)}");
            if (meeting.End is { } end)
            {
                // "9 p.m. to 1 a.m." ends the next day.
                lines.Add($"DTEND:{Local(end > start ? meeting.Date : meeting.Date.AddDays(1), end)}");
            }
        }
        else
        {
            lines.Add($"DTSTART;VALUE=DATE:{Day(meeting.Date)}");
            lines.Add($"DTEND;VALUE=DATE:{Day(meeting.Date.AddDays(1))}");
        }

        lines.Add($"SUMMARY:{ICalendarText.Escape(meeting.Summary)}");
        if (!string.IsNullOrWhiteSpace(meeting.Place))
        {
            lines.Add($"LOCATION:{ICalendarText.Escape(meeting.Place)}");
        }

        lines.Add($"DESCRIPTION:{ICalendarText.Escape(meeting.Description)}");
        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        return ICalendarText.Join(lines);
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Local(DateOnly date, TimeOnly time) => $"{Day(date)}T{time.ToString("HHmmss", CultureInfo.InvariantCulture)}";
}
