using System.Text;

namespace CivicAction.Core.Formats;

/// <summary>
/// The text rules of iCalendar (RFC 5545 3.1 and 3.3.11): lines end in CRLF and are folded before 75 octets (the
/// continuation starts with a space, never inside a UTF-8 sequence), and TEXT values escape backslash, semicolon,
/// comma and line breaks.
/// </summary>
public static class ICalendarText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);
    }

    /// <summary>The content lines as one file: each folded and ended with CRLF.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(ics, line);
        }

        return ics.ToString();
    }

    private static void Fold(StringBuilder ics, string line)
    {
        var bytes = 0;
        foreach (var element in line.EnumerateRunes())
        {
            // Other control characters are not allowed in a content line; a brief's text could hold one.
            if (Rune.IsControl(element))
            {
                continue;
            }

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
