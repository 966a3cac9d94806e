using System.Text;

namespace CivicAction.Core.Briefs;

/// <summary>Text clean-ups that every imported string gets.</summary>
public static class TextNormalizer
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
    /// ("Kristi NoemKristi Noem", "EPAEPA", "EUEU") without touching words that merely repeat a
    /// syllable ("Walla Walla", "bonbon", "Baden-Baden", "TomTom", "TUTU").
    /// </summary>
    public static string RepairDoubledNames(string text)
    {
        StringBuilder? repaired = null;
        var copied = 0;
        for (var seam = 1; seam < text.Length; seam++)
        {
            // A doubled name has a seam: its second copy starts with a capital right after the
            // last character of the first copy. Most text has few seams, so this stays cheap.
            if (!char.IsUpper(text[seam]) || text[seam - 1] == ' ' || !IsNameChar(text[seam - 1]))
            {
                continue;
            }

            var length = DoubledLengthAt(text, seam);
            if (length == 0)
            {
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, seam - copied);
            copied = seam + length;
            seam = copied - 1;
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The length of a name that ends at <paramref name="seam"/> and starts again there, or 0.</summary>
    private static int DoubledLengthAt(string text, int seam)
    {
        var longest = Math.Min(Math.Min(seam, text.Length - seam), MaxNameLength);
        for (var length = 2; length <= longest; length++)
        {
            var start = seam - length;
            var end = seam + length;
            if (text[start] != text[seam]
                || (start > 0 && char.IsLetterOrDigit(text[start - 1]))
                || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            var first = text.AsSpan(start, length);
            if (first.SequenceEqual(text.AsSpan(seam, length)) && IsNameShape(first) && IsLikelyName(first))
            {
                return length;
            }
        }

        return 0;
    }

    private const int MaxNameLength = 120;
    private const int MaxNameWords = 6;

    // Words of name characters separated by single spaces, the first capitalised: one to six words.
    private static bool IsNameShape(ReadOnlySpan<char> name)
    {
        if (!char.IsUpper(name[0]) || name[^1] == ' ')
        {
            return false;
        }

        var words = 1;
        for (var i = 1; i < name.Length; i++)
        {
            if (name[i] == ' ')
            {
                if (name[i - 1] == ' ' || ++words > MaxNameWords)
                {
                    return false;
                }
            }
            else if (!IsNameChar(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '.' or '&' or '-';

    private static bool IsLikelyName(ReadOnlySpan<char> name)
    {
        if (name.Contains(' '))
        {
            return true;
        }

        // One word: an acronym (EPA) or a word long enough not to be a repeated syllable.
        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            upper += char.IsUpper(c) ? 1 : 0;
        }

        // A two-letter acronym doubled ("EUEU") is a repeated link too, unless the doubled form is itself a word
        // written in capitals ("MAMA", "TUTU").
        var isAcronym = letters >= 2 && upper == letters;
        return isAcronym ? name.Length >= 3 || (name.Length == 2 && !DoubledWords.Contains(string.Concat(name, name))) : name.Length >= 4;
    }

    // Words that are one two-letter syllable said twice; in capitals they look like a doubled acronym. A short list
    // of the ones a news text may hold: names (GAGA, BIBI, COCO, TATA), family words, and a few nouns.
    private static readonly HashSet<string> DoubledWords = new(StringComparer.Ordinal)
    {
        "MAMA", "PAPA", "NANA", "BABA", "DADA", "TATA", "TUTU", "DODO", "COCO", "YOYO", "BOBO", "JUJU", "HAHA",
        "GAGA", "LULU", "MIMI", "KIKI", "BIBI", "BEBE", "JOJO", "MOMO", "NONO", "TOTO", "LALA", "DIDI", "FIFI",
        "GIGI", "POPO", "SISI", "TITI", "PUPU", "MUMU", "WAWA", "KAKA", "PEPE", "CACA", "PIPI", "DUDU", "ZIZI",
    };
}
