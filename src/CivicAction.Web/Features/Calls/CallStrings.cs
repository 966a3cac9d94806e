using System.Globalization;
using System.Resources;
using CivicAction.Core.Letters.Calls;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Calls;

/// <summary>
/// The texts of <c>Features/Calls</c> (the call page, its cards and the outcome form), in <c>CallStrings.resx</c> and
/// <c>CallStrings.es.resx</c>. The script the person says to an office stays as the brief wrote it.
/// </summary>
public sealed class CallStrings
{
    private static readonly ResourceManager Resources = new(typeof(CallStrings).FullName!, typeof(CallStrings).Assembly);

    /// <summary>For code that words a message outside a page (page models, the views' records): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text of <paramref name="key"/> filled with <paramref name="values"/>, numbers in the page's culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(SiteLanguages.Formatting, Text(key), values);

    /// <summary>"Reached staff", "Left a voicemail"... in the page's language.</summary>
    public static string Outcome(CallOutcome outcome) => Text("Outcome." + outcome);

    /// <summary>"1 call made through this site", "1,204 calls made through this site", in the page's language and culture.</summary>
    public static string Made(long count) => Format(count == 1 ? "Call.CountOne" : "Call.CountMany", count);
}
