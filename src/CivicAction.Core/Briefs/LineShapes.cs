using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>The shapes of action lines: bullets, labels, subject lines, guidance headings.</summary>
internal static partial class LineShapes
{
    private const int MaxLabelLength = 60;
    private const int MaxLabelWords = 8;

    public static bool TryBullet(string text, out string item)
    {
        item = "";
        if (text.Length == 0 || text[0] is not ('•' or '-' or '*' or '·' or '◦' or '▪' or '‣' or '–' or '○'))
        {
            return false;
        }

        // "-5 degrees" or "**bold**" is not a bullet: a bullet marker is followed by a space.
        if (text.Length > 1 && text[1] != ' ')
        {
            return false;
        }

        item = text[1..].TrimStart();
        return true;
    }

    /// <summary>"Opening statement: I'm submitting ..." gives label and text; "Key concerns:" gives an empty text.</summary>
    public static bool TryLabel(string text, out string label, out string rest)
    {
        label = rest = "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxLabelLength)
        {
            return false;
        }

        var candidate = text[..colon].TrimEnd();
        var after = text[(colon + 1)..];
        if (!char.IsLetter(candidate[0])
            || after.StartsWith("//", StringComparison.Ordinal) // a URL scheme
            || (after.Length > 0 && char.IsAsciiDigit(after[0])) // a time such as 10:30
            || candidate.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase)
            || candidate.Split(' ').Length > MaxLabelWords
            || candidate.IndexOfAny(['.', '!', '?', '[', ']', '"', '“', '(']) >= 0)
        {
            return false;
        }

        label = candidate;
        rest = after.Trim();
        return true;
    }

    public static bool TrySubject(string text, out string subject)
    {
        subject = "";
        if (!text.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        subject = text["Subject:".Length..].Trim();
        return true;
    }

    /// <summary>
    /// A heading of help about the tool rather than the action: finding one's officials ("How to find your
    /// representative:", "Not sure who represents you?:") or using the app the brief comes from. Steps of the action
    /// itself ("How to file:", "Tips for calling:") are labelled blocks, not guidance. A brief written in Spanish asks
    /// the same ("Cómo encontrar a sus legisladores estatales:", "¿Quién es su representante?:").
    /// </summary>
    public static bool IsGuidanceHeading(string text) => GuidanceHeading().IsMatch(text);

    /// <summary>"Script:" or "Key points to include in your letter:": a line whose one colon ends it.</summary>
    public static bool EndsWithItsOnlyColon(string text) =>
        text.Length > 1 && text.IndexOf(':', StringComparison.Ordinal) == text.Length - 1;

    /// <summary>A line that opens a part of its own: a label ("Cost: ...", "Script:"), the subject or a letter's salutation.</summary>
    public static bool OpensAPart(string text) =>
        TryLabel(text, out _, out _) || TrySubject(text, out _) || IsLetterOpening(text) || IsGuidanceHeading(text);

    /// <summary>
    /// "Dear Senator Welch," or, in a brief written in Spanish, "Estimado/a [Nombre del representante]:": a Spanish
    /// greeting ends with a colon, and is still the letter's first line, never a heading or a label.
    /// </summary>
    public static bool IsLetterOpening(string text) => text.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase) || SpanishGreeting().IsMatch(text);

    public static bool IsActionNumber(string text, int expected)
    {
        var digits = text.TrimEnd('.', ')');
        return digits.Length is > 0 and <= 3
            && digits.All(char.IsAsciiDigit)
            && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) == expected;
    }

    public static bool IsWhatYouCanDo(string text) =>
        text.TrimEnd(':').Trim().Equals("What You Can Do", StringComparison.OrdinalIgnoreCase);

    // "Estimado", "Estimada", "Estimado/a", "Estimados/as", "Querida", "Querido/a", then a space.
    [GeneratedRegex(@"^(?:Estimad|Querid)[oa]s?(?:/[oa]s?)?\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpanishGreeting();

    [GeneratedRegex(@"^¿?(?:(?:How (?:to|do I|can I|do you|can you)|Where (?:to|do I|can I))\s+(?:find|look up|locate|identify|reach|know)\b|Find(?:ing)? (?:your|out who)\b|Look(?:ing)? up your\b|(?:Not sure|Don't know|Do you know) who\b|Who (?:are|is) your\b|Who represents\b|Need help (?:finding|with the app)\b|(?:Using|In) the [^:]{1,40}\bapp\b|C[oó]mo (?:encontrar|buscar|saber|identificar|localizar|averiguar)\b|(?:Busque|Encuentre) a su(?:s)?\b|Qui[eé]n(?:es)? (?:es|son) su(?:s)?\b|Qui[eé]n(?:es)? l[oa]s? representa)[^:]{0,80}:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GuidanceHeading();
}
