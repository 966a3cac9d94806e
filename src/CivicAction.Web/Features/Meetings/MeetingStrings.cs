using System.Globalization;
using System.Resources;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Meetings;

/// <summary>
/// The texts of <c>Features/Meetings</c> (the meeting page, what a brief leaves out, the calendar file), in
/// <c>MeetingStrings.resx</c> and <c>MeetingStrings.es.resx</c>. The brief's own words (the date, time and place as
/// written, the statement) are shown as written.
/// </summary>
public sealed class MeetingStrings
{
    private static readonly ResourceManager Resources = new(typeof(MeetingStrings).FullName!, typeof(MeetingStrings).Assembly);

    /// <summary>For code that words a sentence outside a page (<see cref="MeetingView"/>): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text of <paramref name="key"/> filled with <paramref name="values"/>, numbers in the page's culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(SiteLanguages.Formatting, Text(key), values);
}
