using System.Globalization;
using System.Resources;
using CivicAction.Core.Deadlines;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// The texts of <c>Features/Foia</c> (the drafting page, the delivery plan, the preview), in <c>FoiaStrings.resx</c> and
/// <c>FoiaStrings.es.resx</c>. The letter itself stays in English: it is what the agency processes.
/// </summary>
public sealed class FoiaStrings
{
    private static readonly ResourceManager Resources = new(typeof(FoiaStrings).FullName!, typeof(FoiaStrings).Assembly);

    /// <summary>For code that words a message outside a page's view (a form's input): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text of <paramref name="key"/> filled with <paramref name="values"/>, numbers in the page's culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(SiteLanguages.Formatting, Text(key), values);

    /// <summary>An appeal window in the page's language: "90 working days" or "90 days", as the rule counts them.</summary>
    public static string AppealWindow(AppealRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Format(rule.CountsWorkingDays ? "AppealOffice.WorkingDays" : "AppealOffice.CalendarDays", rule.Days);
    }
}
