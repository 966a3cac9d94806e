using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Core.Letters;

/// <summary>The checks every letter form makes of its typed text: one-line fields, and the person's own paragraph.</summary>
public static class FieldTextChecks
{
    /// <summary>False (with a message) when the value has a line break or other control character, or is too long.</summary>
    public static bool SingleLine(List<FieldCheck> errors, string field, string what, string? value, int max)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            return true;
        }

        if (value.Any(char.IsControl))
        {
            errors.Add(FieldCheck.Blocking(field, LetterCheckCodes.LineBreakOrControl, $"Write {what} on one line: line breaks and other control characters are not allowed."));
            return false;
        }

        if (value.Trim().Length > max)
        {
            errors.Add(FieldCheck.Blocking(field, LetterCheckCodes.TooLong, $"Shorten {what} to at most {max} characters.") with { Values = [max] });
            return false;
        }

        return true;
    }

    /// <summary>
    /// The personal paragraph: several lines, but no other control characters, at most <paramref name="max"/> characters,
    /// and no blank left in it; <paramref name="readers"/> names who reads short letters ("offices", "officials").
    /// </summary>
    public static void Personal(List<FieldCheck> errors, string? personal, int max, string readers)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = personal?.Trim() ?? "";
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            errors.Add(FieldCheck.Blocking("personal", LetterCheckCodes.LineBreakOrControl, "Remove the tab or invisible control character from your paragraph."));
        }
        else if (text.Length > max)
        {
            errors.Add(FieldCheck.Blocking("personal", LetterCheckCodes.TooLong, $"Shorten your paragraph to at most {max:N0} characters: {readers} read short letters.") with { Values = [max] });
        }
        else if (Placeholders.In(text).Any())
        {
            errors.Add(FieldCheck.Blocking("personal", LetterCheckCodes.Required, "Replace the [bracketed] blank in your paragraph with your own words."));
        }
    }
}
