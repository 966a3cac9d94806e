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

    /// <summary>A heading that addresses the reader rather than the recipient, e.g. "How to find your representative:".</summary>
    public static bool IsGuidanceHeading(string text) => GuidanceHeading().IsMatch(text);

    public static bool IsLetterOpening(string text) => text.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase);

    public static bool IsActionNumber(string text, int expected)
    {
        var digits = text.TrimEnd('.', ')');
        return digits.Length is > 0 and <= 3
            && digits.All(char.IsAsciiDigit)
            && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) == expected;
    }

    public static bool IsWhatYouCanDo(string text) =>
        text.TrimEnd(':').Trim().Equals("What You Can Do", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:How (?:to|do I|can I)|Where to|Tips?\b|Need help|Finding your)[^:]{0,80}:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GuidanceHeading();
}
