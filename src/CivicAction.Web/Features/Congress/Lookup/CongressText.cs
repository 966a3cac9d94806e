using System.Globalization;
using CivicAction.Core.Congress;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>How members, seats and dates read on the pages, in the page's language (never in a letter, which stays in English).</summary>
public static class CongressText
{
    /// <summary>"June 15, 2026", "15 de junio de 2026".</summary>
    public static string Date(DateOnly date) => SharedStrings.LongDate(date);

    public static string Date(DateTimeOffset when) =>
        when.ToUniversalTime().ToString(SharedStrings.Text("Date.Long") + ", " + SharedStrings.Text("Time.Utc"), SiteLanguages.Formatting);

    /// <summary>
    /// What the core's parser said about a ZIP, state or district typed into the lookup (<paramref name="kind"/> "Zip",
    /// "State" or "District"), in the page's language. English keeps the parser's own message, which tells more cases
    /// apart (four digits, six digits); the other language says what is expected, empty or not.
    /// </summary>
    public static string InputError(string kind, string? input, string parserError)
    {
        if (SiteLanguages.Current == SiteLanguages.English)
        {
            return parserError;
        }

        var text = input?.Trim() ?? "";
        return text.Length == 0 ? CongressStrings.Text($"Input.{kind}Empty") : CongressStrings.Format($"Input.{kind}Invalid", text);
    }

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Washington's 7th district", "Vermont at-large seat"; "distrito 7 de Washington", "distrito único del Distrito de Columbia".</summary>
    public static string Seat(CongressionalDistrict district)
    {
        // Spanish puts the state after "de", which takes the article some names carry ("del Distrito de Columbia").
        var state = SiteLanguages.Current == SiteLanguages.Spanish
            ? SharedStrings.OfStateName(UsStates.Get(district.State))
            : SharedStrings.StateName(UsStates.Get(district.State));
        return district.IsAtLarge
            ? CongressStrings.Format("Seat.AtLarge", state)
            : CongressStrings.Format("Seat.District", state, SiteLanguages.Current == SiteLanguages.Spanish ? district.Number.ToString(CultureInfo.InvariantCulture) : Ordinal(district.Number));
    }

    /// <summary>"Senior senator for Washington", "Representative for Washington's 7th district".</summary>
    public static string Role(CongressMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var state = SharedStrings.StateName(UsStates.Get(member.State));
        if (member.Chamber == Chamber.Senate)
        {
            var key = member.StateRank switch { "senior" => "Role.SeniorSenator", "junior" => "Role.JuniorSenator", _ => "Role.Senator" };
            return CongressStrings.Format(key, state);
        }

        return CongressStrings.Format("Role.House", Title(member.Title), Seat(new CongressionalDistrict(member.State, member.District ?? DistrictNumber.AtLarge)));
    }

    /// <summary>"Senator", "Representative", "Delegate", "Resident Commissioner" as the page's language writes them.</summary>
    public static string Title(string title)
    {
        var text = CongressStrings.Text("Title." + title.Replace(" ", "", StringComparison.Ordinal));
        return text.StartsWith("Title.", StringComparison.Ordinal) ? title : text;
    }

    /// <summary>A party as the data names it ("Democrat"), in the page's language; one the site does not know as written.</summary>
    public static string Party(string party)
    {
        var text = CongressStrings.Text("Party." + party);
        return text.StartsWith("Party.", StringComparison.Ordinal) ? party : text;
    }

    public static string ChamberName(CongressMember member) =>
        CongressStrings.Text(member?.Chamber == Chamber.Senate ? "Chamber.Senate" : "Chamber.House");

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
