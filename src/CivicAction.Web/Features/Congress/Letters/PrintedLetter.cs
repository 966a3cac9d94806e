using System.Text.RegularExpressions;
using CivicAction.Core.Letters.Congress;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Shared.Pdf;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// A letter laid out for paper and a standard #10 window envelope: the writer's address and the date at the top, the
/// inside address ("The Honorable ...", the office from the reference data) where the window is once the page is folded
/// in thirds, then the letter with its signature below the first fold.
/// </summary>
public static partial class PrintedLetter
{
    // A #10 window envelope (4 1/8 x 9 1/2 in) has its window 1 1/8 in tall, 1/2 in above its bottom edge. A US Letter
    // page folded in thirds (11/3 in per panel) sits on the fold, so the window shows the page from about 2.04 to 3.17 in
    // from its top: the inside address starts just below 2.05 in and has room for five lines. Fold marks at the thirds.
    public const double InsideAddressInches = 2.05;
    public const double LetterStartsInches = 3.95;
    public static readonly IReadOnlyList<double> FoldMarksInches = [11.0 / 3, 22.0 / 3];

    /// <summary>The page's blocks: <paramref name="office"/> is a district office to mail to, or null for Washington.</summary>
    public static IReadOnlyList<PdfBlock> Blocks(MemberLetter letter, CongressMember member, LetterDetails details, DateOnly today, DistrictOffice? office = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(details);
        var constituent = details.ToConstituent();
        string[] inside = [$"The Honorable {member.OfficialName}", .. office is null ? InsideAddress(member) : DistrictAddress(office)];
        return
        [
            new PdfBlock(string.Join("\n", constituent.Name, constituent.StreetAddress, constituent.CityLine), 0.5),
            new PdfBlock(CongressText.Date(today), 1.35),
            new PdfBlock(string.Join("\n", inside), InsideAddressInches),
            new PdfBlock($"Subject: {letter.Letter.Subject}\n\n{letter.Letter.Body}", LetterStartsInches),
        ];
    }

    /// <summary>The page as text, in the order it is printed (for reading it back).</summary>
    public static string Text(MemberLetter letter, CongressMember member, LetterDetails details, DateOnly today, DistrictOffice? office = null) =>
        string.Join("\n\n", Blocks(letter, member, details, today, office).Select(b => b.Text));

    /// <summary>A district office as envelope lines: street (with suite and building), then "City, ST ZIP".</summary>
    public static IReadOnlyList<string> DistrictAddress(DistrictOffice office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var street = string.Join(", ", new[] { office.Address, office.Suite, office.Building }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        var city = $"{office.City}, {office.State} {office.Zip}".TrimEnd();
        return street.Length == 0 ? [city] : [street, city];
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

        var chamber = senate ? "United States Senate" : "United States House of Representatives";
        var parsed = WashingtonAddress().Match(member.Address.Trim());
        return parsed.Success
            ? [chamber, parsed.Groups["building"].Value.TrimEnd(','), $"Washington, DC {parsed.Groups["zip"].Value}"]
            : [chamber, member.Address.Trim(), fallback];
    }

    [GeneratedRegex(@"^(?<building>.+?)\s+Washington,?\s+D\.?C\.?\s+(?<zip>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WashingtonAddress();
}
