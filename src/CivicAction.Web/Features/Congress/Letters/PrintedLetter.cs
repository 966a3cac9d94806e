using System.Text.RegularExpressions;
using CivicAction.Core.Letters.Congress;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// A letter laid out for paper: the date, the writer's address, the inside address of the member's Washington office
/// from the reference data ("The Honorable ..."), then the letter with its signature.
/// </summary>
public static partial class PrintedLetter
{
    public static string Text(MemberLetter letter, CongressMember member, LetterDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(details);
        var constituent = details.ToConstituent();
        var lines = new List<string>
        {
            CongressText.Date(today),
            "",
            constituent.Name,
            constituent.StreetAddress,
            constituent.CityLine,
            "",
            $"The Honorable {member.OfficialName}",
        };
        lines.AddRange(InsideAddress(member));
        lines.Add("");
        lines.Add($"Subject: {letter.Letter.Subject}");
        lines.Add("");
        lines.Add(letter.Letter.Body);
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The Washington office as envelope lines: "511 Hart Senate Office Building Washington DC 20510" becomes the
    /// building line and "Washington, DC 20510"; without an address in the data, the chamber's own ZIP code.
    /// </summary>
    public static IReadOnlyList<string> InsideAddress(CongressMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var senate = member.Chamber == Chamber.Senate;
        var fallback = $"Washington, DC {(senate ? "20510" : "20515")}";
        if (string.IsNullOrWhiteSpace(member.Address))
        {
            return [senate ? "United States Senate" : "United States House of Representatives", fallback];
        }

        var parsed = WashingtonAddress().Match(member.Address.Trim());
        return parsed.Success
            ? [parsed.Groups["building"].Value.TrimEnd(','), $"Washington, DC {parsed.Groups["zip"].Value}"]
            : [member.Address.Trim(), fallback];
    }

    [GeneratedRegex(@"^(?<building>.+?)\s+Washington,?\s+D\.?C\.?\s+(?<zip>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WashingtonAddress();
}
