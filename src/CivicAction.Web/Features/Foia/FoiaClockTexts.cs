using CivicAction.Core.Deadlines;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// The clock's rules and notes (<see cref="ClockText"/>) worded in the page's language: <c>Clock.{Code}</c> in
/// <c>FoiaStrings</c>, filled with the text's values (a date as the page writes dates, an inner text worded the same way).
/// A text with no key of its own keeps the clock's English words.
/// </summary>
public static class FoiaClockTexts
{
    public static string Word(ClockText clock, IStringLocalizer<FoiaStrings> text)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(text);
        var pattern = text[$"Clock.{clock.Code}"];
        if (pattern.ResourceNotFound)
        {
            return clock.English;
        }

        object?[] values = [.. clock.Values.Select(value => value switch
        {
            ClockText inner => Word(inner, text),
            DateOnly day => SharedStrings.LongDate(day),
            _ => value,
        })];
        return string.Format(SiteLanguages.Formatting, pattern.Value, values);
    }
}
