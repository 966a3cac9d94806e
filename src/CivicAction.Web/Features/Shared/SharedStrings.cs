using System.Globalization;
using System.Resources;

using CivicAction.Core.Congress;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// The texts of <c>Features/Shared</c> (the layout, the error pages, the pager, dates), in <c>SharedStrings.resx</c> and
/// <c>SharedStrings.es.resx</c>. Pages read them through <c>IStringLocalizer&lt;SharedStrings&gt;</c>.
/// </summary>
public sealed class SharedStrings
{
    internal static readonly ResourceManager Resources = new(typeof(SharedStrings).FullName!, typeof(SharedStrings).Assembly);

    /// <summary>For code that renders without a localizer (<see cref="PersonTime"/>): the text in the page's language.</summary>
    public static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>"December 1, 2026" or "1 de diciembre de 2026", in the culture of the page.</summary>
    public static string LongDate(DateOnly date) => date.ToString(Text("Date.Long"), SiteLanguages.Formatting);

    /// <summary>
    /// What the directory says about an e-mail address a FOIA brief prints (<see cref="ContactNote"/>), in the page's
    /// language; the English reads as <see cref="ContactNote.Message"/> does.
    /// </summary>
    public static string ContactNote(ContactNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var agency = note.Agency;
        return note.Verdict switch
        {
            ContactVerdict.NotAccepted when agency.Accepts(DeliveryChannel.Portal) =>
                string.Format(SiteLanguages.Formatting, Text("Contact.NotAcceptedPortal"), agency.Name, agency.PortalUrl),
            ContactVerdict.NotAccepted => string.Format(SiteLanguages.Formatting, Text("Contact.NotAccepted"), agency.Name),
            _ => string.Format(SiteLanguages.Formatting, Text("Contact.NotTheRequestAddress"), agency.Name, agency.Email),
        };
    }

    /// <summary>
    /// A state's name as the page's language writes it: "Nueva York", "Carolina del Norte"; the names that read the same in
    /// both languages (Texas, Washington) have no key of their own.
    /// </summary>
    public static string StateName(UsState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Resources.GetString($"State.{state.Code}", CultureInfo.CurrentUICulture) ?? state.Name;
    }

    /// <summary>
    /// A state's name after "of" in Spanish text: "de Alaska", and with its article where Spanish puts one, contracted as
    /// Spanish writes it: "del Distrito de Columbia", "de las Islas Vírgenes de EE. UU." (<c>StateOf.{code}</c>).
    /// </summary>
    public static string OfStateName(UsState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Resources.GetString($"StateOf.{state.Code}", CultureInfo.CurrentUICulture) ?? string.Format(SiteLanguages.Formatting, Text("StateOf"), StateName(state));
    }

    /// <summary>A state's name opening a sentence: "El Distrito de Columbia no tiene senadores" (<c>StateSubject.{code}</c>, Spanish only).</summary>
    public static string StateNameAsSubject(UsState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // English writes the bare name ("District of Columbia has no senators"); only Spanish takes the article.
        return SiteLanguages.Current == SiteLanguages.Spanish
            ? Resources.GetString($"StateSubject.{state.Code}", CultureInfo.CurrentUICulture) ?? StateName(state)
            : StateName(state);
    }

    /// <summary>"Tuesday, December 1, 2026" or "martes, 1 de diciembre de 2026".</summary>
    public static string LongDateWithDay(DateOnly date) => date.ToString(Text("Date.LongWithDay"), SiteLanguages.Formatting);
}
