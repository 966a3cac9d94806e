using CivicAction.Core.Letters;
using CivicAction.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// The findings about a FOIA form worded in the page's language: <c>Check.{Field}.{Code}</c> in <c>FoiaStrings</c>, else
/// <c>Check.{Code}.{Variant}</c> when its last value names a variant, else <c>Check.{Code}</c>, filled with the finding's variable parts. A finding with no text of its own keeps the check's words.
/// </summary>
public static class FoiaCheckTexts
{
    public static IReadOnlyList<FieldCheck> Localize(IReadOnlyList<FieldCheck> checks, IStringLocalizer<FoiaStrings> text)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(text);
        return [.. checks.Select(check => Find(check, text) is { } pattern
            ? check with { Message = string.Format(SiteLanguages.Formatting, pattern, [.. check.Values]) }
            : check)];
    }

    private static string? Find(FieldCheck check, IStringLocalizer<FoiaStrings> text)
    {
        // A finding with several values may name its variant last (not-an-agency: Congress, Courts, PresidentsStaff).
        string[] keys = check.Values.Count > 1
            ? [$"Check.{check.Field}.{check.Code}", $"Check.{check.Code}.{check.Values[^1]}", $"Check.{check.Code}"]
            : [$"Check.{check.Field}.{check.Code}", $"Check.{check.Code}"];
        foreach (var key in keys)
        {
            var found = text[key];
            if (!found.ResourceNotFound)
            {
                return found.Value;
            }
        }

        return null;
    }
}
