using System.Globalization;
using System.Resources;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// The texts of <c>Features/Congress/Letters</c> (the write, letters, send, sent and confirm pages), in
/// <c>LetterStrings.resx</c> and <c>LetterStrings.es.resx</c>. The letters stay in English: they are what the offices read.
/// </summary>
public sealed class LetterStrings
{
    private static readonly ResourceManager Resources = new(typeof(LetterStrings).FullName!, typeof(LetterStrings).Assembly);

    /// <summary>For code that words a message outside a page (page models, the views' records): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text of <paramref name="key"/> in the page's language; null when the set has no such text.</summary>
    public static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);

    /// <summary>The text of <paramref name="key"/> filled with <paramref name="values"/>, numbers in the page's culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(SiteLanguages.Formatting, Text(key), values);
}
