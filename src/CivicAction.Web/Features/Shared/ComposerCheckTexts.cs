using System.Globalization;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Composing;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// The composer's findings (<see cref="ComposerChecks"/>) worded in the page's language: <c>Composer.Check.{field}.{code}</c>
/// in <c>SharedStrings</c>, where the field is <c>value</c> (a blank of the brief) or <c>personal</c> (the person's
/// paragraph), with <c>.bracketed</c> for a field that still holds a [bracketed] blank and <c>.one</c> for a single
/// character over the limit; filled with the finding's values. A finding with no text of its own keeps the check's words.
/// </summary>
public static class ComposerCheckTexts
{
    public static List<FieldCheck> Localize(IEnumerable<FieldCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return [.. checks.Select(check => Key(check) is { } key && Text(key) is { } pattern
            ? check with { Message = string.Format(SiteLanguages.Formatting, pattern, [.. check.Values]) }
            : check)];
    }

    private static string Key(FieldCheck check)
    {
        var field = check.Field == ComposerChecks.PersonalField ? "personal" : "value";
        var variant = check.Values.Count > 0 && Equals(check.Values[^1], ComposerChecks.Bracketed) ? ".bracketed"
            : check.Code == ComposerCheckCodes.OverLimit && check.Values.Count == 3 && Equals(check.Values[2], 1) ? ".one"
            : "";
        return $"Composer.Check.{field}.{check.Code}{variant}";
    }

    private static string? Text(string key) =>
        SharedStrings.Resources.GetString(key, CultureInfo.CurrentUICulture);
}
