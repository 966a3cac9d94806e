using System.Globalization;
using System.Resources;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>
/// The texts of the lookup of members of Congress (its forms, the member cards, seats and roles, the notes about the data),
/// in <c>CongressStrings.resx</c> and <c>CongressStrings.es.resx</c>. The Congress letter and call pages use them too; the
/// letters themselves stay in English.
/// </summary>
public sealed class CongressStrings
{
    private static readonly ResourceManager Resources = new(typeof(CongressStrings).FullName!, typeof(CongressStrings).Assembly);

    /// <summary>For code that words a message outside a page (the store, the lookup): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text of <paramref name="key"/> filled with <paramref name="values"/>, numbers in the page's culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(SiteLanguages.Formatting, Text(key), values);
}
