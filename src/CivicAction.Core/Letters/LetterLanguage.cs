using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters;

/// <summary>
/// Whether a brief's letter template is written in Spanish, so that what the site adds to it (the greeting, where the
/// writer lives, the closing) is written in the same language rather than mixed into it in English. Told from the
/// short words every sentence has, which the two languages do not share: a few names or a quoted title in the other
/// language do not tip it.
/// </summary>
public static partial class LetterLanguage
{
    private static readonly HashSet<string> SpanishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "el", "la", "los", "las", "del", "que", "por", "para", "con", "una", "su", "sus", "es", "son", "le", "les",
        "pido", "usted", "nuestro", "nuestra", "vivo", "gracias", "atentamente", "y", "de", "en", "se", "lo", "al", "como",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "is", "are", "for", "that", "with", "your", "you", "on", "this", "i", "my", "we",
        "our", "please", "be", "it", "as", "at", "by", "from", "in", "an", "sincerely", "thank",
    };

    /// <summary>Whether <paramref name="texts"/>, taken together, read as Spanish.</summary>
    public static bool IsSpanish(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        int spanish = 0, english = 0;
        foreach (Match word in Word().Matches(string.Join(' ', texts)))
        {
            spanish += SpanishWords.Contains(word.Value) ? 1 : 0;
            english += EnglishWords.Contains(word.Value) ? 1 : 0;
        }

        return spanish >= 3 && spanish > 2 * english;
    }

    /// <summary>Whether the words an action's template gives for the letter (its message blocks) read as Spanish.</summary>
    public static bool IsSpanish(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return IsSpanish(MessageTexts(action));
    }

    /// <summary>The texts of an action's message blocks: the template's own words, without the steps for the reader.</summary>
    public static IEnumerable<string> MessageTexts(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Blocks.Where(b => b.Role == BlockRole.Message).SelectMany(ActionTexts.Of);
    }

    /// <summary>The language tag of a letter as stored ("es" or "en"), for a page that shows it and the browser reading it.</summary>
    public static string TagOf(string letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return IsSpanish([letter]) ? "es" : "en";
    }

    // Words outside the brackets of placeholders: "[Your Name]" is the template's blank, not its language.
    [GeneratedRegex(@"(?<!\[[^\]]*)\b\p{L}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
