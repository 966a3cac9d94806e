using System.Globalization;
using System.Resources;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.SendForMe;

/// <summary>
/// The texts of the e-mails "send for me" writes to the requester itself (the confirmation), in
/// <c>SendForMeStrings.resx</c> and <c>SendForMeStrings.es.resx</c>. Each is worded in the language the requester used
/// when they asked, which the caller names: the e-mail is composed then, and sent later by the worker.
/// </summary>
public sealed class SendForMeStrings
{
    private static readonly ResourceManager Resources = new(typeof(SendForMeStrings).FullName!, typeof(SendForMeStrings).Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> ("en" or "es").</summary>
    public static string Text(string key, string language) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(SiteLanguages.IsKnown(language) ? language : SiteLanguages.English)) ?? key;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, filled with <paramref name="values"/>.</summary>
    public static string Format(string key, string language, params object?[] values) =>
        string.Format(CultureInfo.GetCultureInfo(SiteLanguages.FormattingCulture(language)), Text(key, language), values);
}
