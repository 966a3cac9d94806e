using System.Globalization;
using System.Text;
using CivicAction.Core.Briefs;

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
        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(ics, line);
        }

        return ics.ToString();
    }

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal);

    // Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1).
    private static void Fold(StringBuilder ics, string line)
    {
        var bytes = 0;
        foreach (var element in line.EnumerateRunes())
        {
            var size = element.Utf8SequenceLength;
            if (bytes + size > 75)
            {
                ics.Append("\r\n ");
                bytes = 1;
            }

            ics.Append(element.ToString());
            bytes += size;
        }

        ics.Append("\r\n");
    }
}
