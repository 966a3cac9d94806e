using System.Text.RegularExpressions;
using CivicAction.Core.Congress;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// The findings about the details and the edited letters, worded in the page's language. English keeps the checks' own
/// words, which name each field ("Write your first name on one line"); another language reads <c>Check.{field}.{code}.{n}</c>
/// (n: how many variable parts the finding has), else <c>Check.{field}.{code}</c>, else <c>Check.{code}</c> from
/// <c>LetterStrings</c>, with the field's indices left out ("typed[1].name" is "typed.name"). A ZIP or state that was not
/// understood is worded as the lookup words it.
/// </summary>
public static partial class LetterCheckTexts
{
    public static IReadOnlyList<FieldCheck> Localize(IReadOnlyList<FieldCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return SiteLanguages.Current == SiteLanguages.English ? checks : [.. checks.Select(Localize)];
    }

    private static FieldCheck Localize(FieldCheck check)
    {
        var input = check.Values.FirstOrDefault() as string;
        switch (check.Code)
        {
            case LetterCheckCodes.InvalidZip:
                return check with { Message = CongressText.InputError("Zip", input, check.Message) };
            case LetterCheckCodes.InvalidState:
                return check with { Message = CongressText.InputError("State", input, check.Message) };
        }

        var field = Index().Replace(check.Field, "");
        string[] keys = [$"Check.{field}.{check.Code}.{check.Values.Count}", $"Check.{field}.{check.Code}", $"Check.{check.Code}"];
        foreach (var key in keys)
        {
            if (LetterStrings.Find(key) is { } pattern)
            {
                object?[] values = [.. check.Values.Select(v => v is UsState state ? SharedStrings.StateName(state) : v)];
                return check with { Message = string.Format(SiteLanguages.Formatting, pattern, values) };
            }
        }

        return check;
    }

    [GeneratedRegex(@"\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
