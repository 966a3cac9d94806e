using System.Globalization;
using CivicAction.Core.Briefs;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Foia.Downloads;

/// <summary>An iCalendar (RFC 5545) file with one all-day event: the day a FOIA answer is due.</summary>
public static class DueDateCalendar
{
    public static string Create(string siteName, string uid, DateOnly due, string summary, string description, DateTimeOffset now)
    {
        var lines = new[]
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{Escape(siteName)}//FOIA requests//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{uid}@{Slug.FromHeadline(siteName)}",
            $"DTSTAMP:{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;VALUE=DATE:{due.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            $"DTEND;VALUE=DATE:{due.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            $"SUMMARY:{Escape(summary)}",
            $"DESCRIPTION:{Escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        return ICalendarText.Join(lines);
    }

    private static string Escape(string text) => ICalendarText.Escape(text);
}
