using System.Globalization;
using CivicAction.Core.Congress;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>How members, seats and dates read on the pages.</summary>
public static class CongressText
{
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"June 15, 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", UsEnglish);

    public static string Date(DateTimeOffset when) => when.ToUniversalTime().ToString("MMMM d, yyyy, HH:mm 'UTC'", UsEnglish);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Washington's 7th district", "Vermont's at-large seat".</summary>
    public static string Seat(CongressionalDistrict district)
    {
        var state = UsStates.Get(district.State);
        return district.IsAtLarge ? $"{state.Name} at-large seat" : $"{state.Name}'s {Ordinal(district.Number)} district";
    }

    /// <summary>"Senior senator for Washington", "Representative for Washington's 7th district".</summary>
    public static string Role(CongressMember member)
    {
        var state = UsStates.Get(member.State);
        if (member.Chamber == Chamber.Senate)
        {
            return member.StateRank is { } rank ? $"{char.ToUpperInvariant(rank[0])}{rank[1..]} senator for {state.Name}" : $"Senator for {state.Name}";
        }

        return $"{member.Title} for {Seat(new CongressionalDistrict(member.State, member.District ?? DistrictNumber.AtLarge))}";
    }

    public static string ChamberName(CongressMember member) =>
        member.Chamber == Chamber.Senate ? "U.S. Senate" : "U.S. House of Representatives";

    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A web address as people read it: "www.ossoff.senate.gov/contact-us" (the link keeps the whole URL).</summary>
    public static string Display(string url)
    {
        var text = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..]
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..] : url;
        return text.TrimEnd('/');
    }

    /// <summary>Rows for a textarea that shows the whole letter on a desktop: wrapped lines counted at about 100 characters.</summary>
    public static int Rows(string text) =>
        Math.Clamp(text.Split('\n').Sum(line => Math.Max(1, (line.Length + 99) / 100)) + 1, 8, 40);

    /// <summary>"Seattle, WA 98103" for a district office.</summary>
    public static string Office(DistrictOffice office)
    {
        var street = string.Join(", ", new[] { office.Address, office.Suite, office.Building }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var city = $"{office.City}, {office.State} {office.Zip}".TrimEnd();
        return street.Length == 0 ? city : $"{street}, {city}";
    }
}
