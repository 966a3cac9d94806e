using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// Whether a brief's guidance on finding one's members can be shown on this site as written. Guidance that sends the
/// reader to another app ("If you're using the ... app, open the Representatives section") is for readers of that
/// app: here the page's own lookup and the official finders take its place.
/// </summary>
public static partial class BriefGuidance
{
    public static bool PointsToAnotherApp(Guidance guidance)
    {
        ArgumentNullException.ThrowIfNull(guidance);
        return AnApp().IsMatch(guidance.Heading) || Texts(guidance.Items).Any(t => AnApp().IsMatch(t));
    }

    private static IEnumerable<string> Texts(IReadOnlyList<ListItem> items) => items.SelectMany(i => Texts(i.Items).Prepend(i.Text));

    [GeneratedRegex(@"\b(?:app|application)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnApp();
}
