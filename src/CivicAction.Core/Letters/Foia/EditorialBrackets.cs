using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// Square brackets a writer puts in a quotation on purpose: "[sic]", "[emphasis added]", a changed letter ("[t]he",
/// "agenc[ies]") or a word inserted in a quote ("the policy [of removal]"). They are not blanks left to fill in.
/// </summary>
public static partial class EditorialBrackets
{
    private static readonly HashSet<string> Marks = new(StringComparer.OrdinalIgnoreCase)
    {
        "sic", "sic!", "...", "…", "emphasis added", "emphasis in original", "emphasis mine", "emphases added",
        "citation omitted", "citations omitted", "internal quotation marks omitted", "footnote omitted", "footnotes omitted",
        "alteration in original", "alterations in original", "brackets in original", "sic throughout",
    };

    /// <summary><paramref name="text"/> with its editorial brackets blanked out (each character a space), so only real blanks remain.</summary>
    public static string Remove(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var quotes = QuotedSpans(text);
        return Bracket().Replace(text, m => IsEditorial(text, m, quotes) ? new string(' ', m.Length) : m.Value);
    }

    private static bool IsEditorial(string text, Match bracket, List<(int Start, int End)> quotes)
    {
        var content = bracket.Groups[1].Value.Trim();
        if (Marks.Contains(content))
        {
            return true;
        }

        if (!quotes.Exists(q => q.Start < bracket.Index && bracket.Index + bracket.Length <= q.End))
        {
            return false;
        }

        // Inside a quotation: a bracket that joins a word ("[t]he", "agenc[ies]") alters the quoted word; one that
        // starts in lower case ("[of removal]") is an insertion. A blank such as "[Your Name]" is neither.
        var joinsBefore = bracket.Index > 0 && char.IsLetter(text[bracket.Index - 1]);
        var end = bracket.Index + bracket.Length;
        var joinsAfter = end < text.Length && char.IsLetter(text[end]);
        return joinsBefore || joinsAfter || (content.Length > 0 && char.IsLower(content[0]));
    }

    /// <summary>The spans between straight double quotes taken in pairs, and between curly “ and ”.</summary>
    private static List<(int Start, int End)> QuotedSpans(string text)
    {
        var spans = new List<(int, int)>();
        int? straight = null;
        int? curly = null;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' when straight is { } open:
                    spans.Add((open, i));
                    straight = null;
                    break;
                case '"':
                    straight = i;
                    break;
                case '“':
                    curly = i;
                    break;
                case '”' when curly is { } start:
                    spans.Add((start, i));
                    curly = null;
                    break;
            }
        }

        return spans;
    }

    [GeneratedRegex(@"\[([^\[\]\r\n]{1,80})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();
}
