using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Foia;

/// <summary>Text helpers shared by the prefill, the checks and the drafter.</summary>
internal static partial class FoiaText
{
    /// <summary>"November 28, 2026": the way US letters and the briefs write dates.</summary>
    public static string LongDate(DateOnly day) =>
        day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string NormalizeNewlines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u2028', '\n')
            .Replace('\u2029', '\n')
            .Replace('\u0085', '\n');

    /// <summary>
    /// Multi-line text as letter paragraphs: "\n" line endings, no trailing spaces, no control characters,
    /// at most one blank line in a row, nothing blank at either end.
    /// </summary>
    public static string Paragraphs(string? text)
    {
        var lines = NormalizeNewlines(text ?? "").Split('\n').Select(l => RemoveControls(l).TrimEnd());
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank > 0 ? "\n\n" : "\n");
            }

            sb.Append(line);
            blank = 0;
        }

        return sb.ToString();
    }

    /// <summary>
    /// A single-line field as it may appear in a letter or a header: every line break and control character becomes
    /// a space. The checks block such input; this is the second line of defence for previews drawn before them.
    /// </summary>
    public static string SingleLine(string? text)
    {
        var sb = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? "")
        {
            sb.Append(IsLineBreakOrControl(c) ? ' ' : c);
        }

        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>Lines of a multi-line field (a postal address), trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        NormalizeNewlines(text ?? "").Split('\n').Select(SingleLine).Where(l => l.Length > 0).ToList();

    /// <summary>CR, LF, the Unicode line and paragraph separators, and every other control character (tab included).</summary>
    public static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>"• text", "- text", "1. text", "2) text" → "text".</summary>
    public static string StripListMarker(string line) => ListMarker().Replace(line, "");

    /// <summary>"$25.00", "$1,250.00".</summary>
    public static string Dollars(decimal amount) =>
        "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string RemoveControls(string line)
    {
        if (!line.Any(IsLineBreakOrControl))
        {
            return line;
        }

        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            // A tab is layout: keep the gap it made. Other controls are invisible junk from a paste.
            if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (!IsLineBreakOrControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:[•\-*·◦▪‣–○]\s+|\d{1,3}[.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
