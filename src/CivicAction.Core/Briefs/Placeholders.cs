using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// The blanks of a brief's templates: "[Your Name]", "[Representative/Senator Name]". One pattern for the parser
/// that lists them, the letters that fill them, the checks that refuse a letter with one left, and the pages that
/// highlight them. "[1]" is a footnote mark, not a blank.
/// </summary>
public static partial class Placeholders
{
    /// <summary>The names of the blanks in <paramref name="text"/>, in order, as written ("Your Name").</summary>
    public static IEnumerable<string> In(string? text)
    {
        foreach (Match m in Pattern().Matches(text ?? ""))
        {
            if (NameOf(m) is { } name)
            {
                yield return name;
            }
        }
    }

    /// <summary>Replaces each blank with what <paramref name="fill"/> returns for its name (null keeps the blank).</summary>
    public static string Fill(string text, Func<string, string?> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        return Pattern().Replace(text, m => NameOf(m) is { } name ? fill(name) ?? m.Value : m.Value);
    }

    /// <summary>The text cut at its blanks: (text, false) and ("[Blank]", true) in order, for highlighting.</summary>
    public static IEnumerable<(string Text, bool IsPlaceholder)> Split(string text)
    {
        var last = 0;
        foreach (Match m in Pattern().Matches(text))
        {
            if (NameOf(m) is null)
            {
                continue;
            }

            if (m.Index > last)
            {
                yield return (text[last..m.Index], false);
            }

            yield return (m.Value, true);
            last = m.Index + m.Length;
        }

        if (last < text.Length)
        {
            yield return (text[last..], false);
        }
    }

    private static string? NameOf(Match match)
    {
        var name = match.Groups[1].Value.Trim();
        return name.Length == 0 || name.All(char.IsAsciiDigit) ? null : name;
    }

    [GeneratedRegex(@"\[([^\[\]\r\n]{1,80})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
