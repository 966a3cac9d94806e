using System.Globalization;
using System.Resources;

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
}
