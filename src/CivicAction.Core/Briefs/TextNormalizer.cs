using System.Text;
using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>Text clean-ups that every imported string gets.</summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// Non-breaking spaces become plain spaces, runs of spaces collapse and the ends are trimmed.
    /// Briefs are pasted from web pages, where these are layout, not meaning.
    /// </summary>
    public static string NormalizeSpaces(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c == '\uFEFF')
            {
                continue; // a stray byte-order mark is invisible and means nothing inside text
            }

            if (SourceText.IsSpace(c) || c == '\t')
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                sb.Append(c);
                lastWasSpace = false;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Repairs a linked name that the source printed twice with no space between
    /// ("Kristi NoemKristi Noem", "EPAEPA") without touching words that merely repeat a
    /// syllable ("Walla Walla", "bonbon", "Baden-Baden", "TomTom").
    /// </summary>
    public static string RepairDoubledNames(string text)
    {
        if (!HasCaseSeam(text))
        {
            return text;
        }

        try
        {
            return DoubledName().Replace(text, match =>
            {
                var name = match.Groups["name"].Value;
                return IsLikelyName(name) ? name : match.Value;
            });
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keeping the text as written loses nothing.
            return text;
        }
    }

    // A doubled name always has a seam where the first copy ends and the second begins with
    // a capital letter right after a letter; text without one is left alone cheaply.
    private static bool HasCaseSeam(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLetterOrDigit(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLikelyName(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // One word: an acronym (EPA) or a word long enough not to be a repeated syllable.
        var letters = name.Count(char.IsLetter);
        var isAcronym = letters >= 2 && name.Where(char.IsLetter).All(char.IsUpper);
        return isAcronym ? name.Length >= 3 : name.Length >= 4;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<name>\p{Lu}[\p{L}\p{N}'’.&-]*(?: [\p{L}\p{N}'’.&-]+){0,5})\k<name>(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubledName();
}
