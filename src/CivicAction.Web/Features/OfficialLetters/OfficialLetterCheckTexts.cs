using CivicAction.Core.Formats;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Core.Letters.Officials;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.OfficialLetters;

/// <summary>
/// The findings about the letter's form (<see cref="OfficialLetterChecks"/>) worded in the page's language, from their field
/// and code: <c>Check.{field}.{code}</c> (<c>extra</c> for the brief's blanks), else <c>Check.{code}</c> with the field's
/// own words (<c>Field.{field}</c>, or the blank's name); a "required" finding on a filled field is the [bracketed] one.
/// A finding with no text of its own keeps the check's words.
/// </summary>
public static class OfficialLetterCheckTexts
{
    public static List<FieldCheck> Localize(IReadOnlyList<FieldCheck> checks, IReadOnlyList<string> blanks, OfficialLetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(blanks);
        ArgumentNullException.ThrowIfNull(details);
        // In English the checks' own words stand: they name exactly what the state or ZIP code parser found.
        if (SiteLanguages.Current == SiteLanguages.English)
        {
            return [.. checks];
        }

        return [.. checks.Select(check => Word(check, blanks, details) is { } message ? check with { Message = message } : check)];
    }

    private static string? Word(FieldCheck check, IReadOnlyList<string> blanks, OfficialLetterDetails details)
    {
        var extra = Extra(check.Field);
        var field = extra is null ? check.Field : "extra";
        var value = extra is { } i ? details.ExtraValue(i) : Value(details, check.Field);
        var code = check.Code == LetterCheckCodes.Required && !string.IsNullOrWhiteSpace(value) ? "bracketed" : check.Code;
        var what = extra is { } n && n < blanks.Count ? $"“{blanks[n]}”" : OfficialLetterStrings.Has($"Field.{field}") ? OfficialLetterStrings.Text($"Field.{field}") : null;
        object?[] values = [what, Max(field), value?.Trim()];
        foreach (var key in new[] { $"Check.{field}.{code}", $"Check.{code}" })
        {
            if (OfficialLetterStrings.Has(key) && (what is not null || key != $"Check.{code}"))
            {
                return OfficialLetterStrings.Format(key, values);
            }
        }

        return null;
    }

    private static int? Extra(string field) =>
        field.StartsWith("extra[", StringComparison.Ordinal) && int.TryParse(field.AsSpan(6, field.Length - 7), out var i) ? i : null;

    private static string? Value(OfficialLetterDetails details, string field) => field switch
    {
        "name" => details.Name,
        "street" => details.Street,
        "city" => details.City,
        "state" => details.State,
        "zip" => details.Zip,
        "email" => details.Email,
        "personal" => details.Personal,
        _ => null,
    };

    private static int Max(string field) => field switch
    {
        "extra" => LetterDetailsChecks.ExtraMax,
        "name" => LetterDetailsChecks.NameMax,
        "street" => LetterDetailsChecks.StreetMax,
        "city" => LetterDetailsChecks.CityMax,
        "state" => 40,
        "zip" => 10,
        "email" => EmailAddress.MaxLength,
        _ => LetterDetailsChecks.PersonalMax,
    };
}
