using System.Globalization;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Composing;

/// <summary>
/// The composer's fields, checked as the letters' details are: each blank's value on one line, bounded, not left
/// empty; the person's paragraph several lines at most, bounded, with no [bracketed] blank; and, for a comment, the
/// whole text within the comment box's limit.
/// </summary>
public static class ComposerChecks
{
    public const int ValueMax = 200;
    public const int PersonalMax = 6000;

    public static string ValueField(int index) => $"values[{index}]";

    public const string PersonalField = "personal";

    /// <summary>The last value of a "required" finding whose field still holds a [bracketed] blank (not an empty one).</summary>
    public const string Bracketed = "bracketed";

    public static List<FieldCheck> Check(ComposerTemplate template, ComposerInput input)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldCheck>();
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            var name = template.Placeholders[i];
            var value = input.Value(i);
            if (value.Any(char.IsControl))
            {
                errors.Add(FieldCheck.Blocking(ValueField(i), ComposerCheckCodes.LineBreakOrControl, $"Write “{name}” on one line: line breaks and other control characters are not allowed.") with { Values = [name] });
            }
            else if (value.Trim().Length > ValueMax)
            {
                errors.Add(FieldCheck.Blocking(ValueField(i), ComposerCheckCodes.TooLong, $"Shorten “{name}” to at most {ValueMax} characters.") with { Values = [name, ValueMax] });
            }
            else if (value.Trim().Length == 0)
            {
                errors.Add(FieldCheck.Blocking(ValueField(i), ComposerCheckCodes.Required, $"Fill in “{name}”: it goes into the text.") with { Values = [name] });
            }
            else if (Placeholders.In(value).Any())
            {
                errors.Add(FieldCheck.Blocking(ValueField(i), ComposerCheckCodes.Required, $"Write your own words for “{name}”, not a [bracketed] blank.") with { Values = [name, Bracketed] });
            }
        }

        var personal = input.Personal?.Trim() ?? "";
        if (personal.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            errors.Add(FieldCheck.Blocking(PersonalField, ComposerCheckCodes.LineBreakOrControl, "Remove the tab or invisible control character from your paragraph."));
        }
        else if (ComposedText.Normalize(personal).Length > PersonalMax)
        {
            errors.Add(FieldCheck.Blocking(PersonalField, ComposerCheckCodes.TooLong, $"Shorten your paragraph to at most {PersonalMax:N0} characters.") with { Values = [PersonalMax] });
        }
        else if (Placeholders.In(personal).Any())
        {
            errors.Add(FieldCheck.Blocking(PersonalField, ComposerCheckCodes.Required, "Replace the [bracketed] blank in your paragraph with your own words.") with { Values = [Bracketed] });
        }

        return errors;
    }

    /// <summary>The composed comment over the Regulations.gov limit: refused, with its count and how much to cut.</summary>
    public static FieldCheck? CheckCommentLength(string composed)
    {
        var count = CommentLength.Count(composed);
        if (count <= CommentLength.RegulationsGovMax)
        {
            return null;
        }

        var over = count - CommentLength.RegulationsGovMax;
        return FieldCheck.Blocking(PersonalField, ComposerCheckCodes.OverLimit, string.Create(CultureInfo.InvariantCulture,
            $"Your comment is {count:N0} characters: Regulations.gov takes at most {CommentLength.RegulationsGovMax:N0}. Shorten your paragraph by {over:N0} character{(over == 1 ? "" : "s")}, or attach a longer text there as a file.")) with { Values = [count, CommentLength.RegulationsGovMax, over] };
    }
}

/// <summary>The stable identifiers of <see cref="ComposerChecks"/>' findings.</summary>
public static class ComposerCheckCodes
{
    public const string Required = "required";
    public const string LineBreakOrControl = "line-break-or-control";
    public const string TooLong = "too-long";
    public const string OverLimit = "over-limit";
}
