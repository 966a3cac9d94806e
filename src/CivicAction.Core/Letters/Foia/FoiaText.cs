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

    /// <summary>The placeholders of a text, as the brief parser finds them: "[Your Name]" gives "Your Name".</summary>
    public static IEnumerable<string> Placeholders(string? text)
    {
        foreach (Match m in Placeholder().Matches(text ?? ""))
        {
            var name = m.Groups[1].Value.Trim();

            // "[1]" is a footnote mark, not a blank to fill in.
            if (name.Length > 0 && !name.All(char.IsAsciiDigit))
            {
                yield return name;
            }
        }
    }

    /// <summary>One plain address, name@domain.tld: no display name, no list, no spaces, at most 254 characters.</summary>
    public static bool IsValidEmail(string? email)
    {
        var text = email?.Trim() ?? "";
        if (text.Length is 0 or > 254 || !Email().IsMatch(text))
        {
            return false;
        }

        var local = text[..text.IndexOf('@', StringComparison.Ordinal)];
        return local.Length <= 64 && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal);
    }

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

    // The addr-spec of RFC 5322 without quoted local parts or IP literals, which no FOIA office or requester needs.
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\[([^\[\]\r\n]{1,80})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?:[•\-*·◦▪‣–○]\s+|\d{1,3}[.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
