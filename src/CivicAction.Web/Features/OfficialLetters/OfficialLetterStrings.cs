using System.Globalization;
using System.Resources;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.OfficialLetters;

/// <summary>
/// The texts of <c>Features/OfficialLetters</c> (the letter to a state or local official, its form, its findings and the
/// ways to send it), in <c>OfficialLetterStrings.resx</c> and <c>OfficialLetterStrings.es.resx</c>. The letter itself is
/// the brief's template filled in, as written.
/// </summary>
public sealed class OfficialLetterStrings
{
    private static readonly ResourceManager Resources = new(typeof(OfficialLetterStrings).FullName!, typeof(OfficialLetterStrings).Assembly);

    /// <summary>For code that words a message outside a page (the findings, the step's title): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>Whether <paramref name="key"/> has a text.</summary>
    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;

    /// <summary>The text of <paramref name="key"/> filled with <paramref name="values"/>, numbers in the page's culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(SiteLanguages.Formatting, Text(key), values);
}
