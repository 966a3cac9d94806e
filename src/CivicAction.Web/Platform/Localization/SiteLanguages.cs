using System.Globalization;

namespace CivicAction.Web.Platform.Localization;

/// <summary>
/// The languages the site speaks: English (the default) and Spanish. Texts come from the language ("en", "es"); dates
/// and numbers from its United States culture (en-US, es-US), so a Spanish page writes "1 de diciembre de 2026" and
/// "1,234.5" as US Spanish-language pages do, not the "1.234,5" of Spain.
/// </summary>
public static class SiteLanguages
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>The cookie that remembers the person's choice (its value is "en" or "es").</summary>
    public const string Cookie = "lang";

    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    public static bool IsKnown(string? language) => language is English or Spanish;

    /// <summary>The culture that formats dates and numbers for a language.</summary>
    public static string FormattingCulture(string language) => language == Spanish ? "es-US" : "en-US";

    /// <summary>
    /// The culture that formats the page being rendered: the US culture of its language, whatever the machine's own culture
    /// is (so code that runs outside a request, or a test, writes English dates, not the server's locale).
    /// </summary>
    public static CultureInfo Formatting => CultureInfo.GetCultureInfo(FormattingCulture(Current));

    /// <summary>The language of the page being rendered ("en" or "es").</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Spanish ? Spanish : English;

    /// <summary>The other language, the one the switch link offers, written in itself.</summary>
    public static (string Language, string Name) Other => Current == Spanish ? (English, "English") : (Spanish, "Español");
}
