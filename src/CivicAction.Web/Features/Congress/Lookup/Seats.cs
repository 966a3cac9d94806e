using CivicAction.Core.Congress;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>A House seat as forms carry it between the lookup and the letters: "WA-7", "VT-0".</summary>
public static class Seats
{
    /// <summary>"WA-7" (or "VT-0") into its state code and district number; the last hyphen splits them.</summary>
    public static bool TryParse(string? seat, out string state, out string number)
    {
        var text = seat?.Trim() ?? "";
        var dash = text.LastIndexOf('-');
        state = dash > 0 ? text[..dash] : "";
        number = dash > 0 ? text[(dash + 1)..] : "";
        return UsStates.TryFind(state, out _) && DistrictNumber.TryParse(number, out _, out _);
    }

    /// <summary>The value of a seat in forms: "WA-7", "VT-0".</summary>
    public static string Value(CongressionalDistrict district) =>
        $"{district.State}-{district.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
