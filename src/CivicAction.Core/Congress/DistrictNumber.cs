using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CivicAction.Core.Congress;

/// <summary>
/// A congressional district number as typed: "7", "07", or "0" / "AL" / "at-large" for a state
/// with a single seat. Whether the state has that district is for the data to say, not this.
/// </summary>
public static class DistrictNumber
{
    /// <summary>The at-large seat of a state with one representative, and of DC and each territory.</summary>
    public const int AtLarge = 0;

    /// <summary>No state has ever had more than 53 districts; anything beyond 99 is a typo.</summary>
    public const int Highest = 99;

    public static bool TryParse(string? input, out int district, [NotNullWhen(false)] out string? error)
    {
        district = -1;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Choose a district number, e.g. 7, or 0 for an at-large seat.";
            return false;
        }

        var letters = string.Concat(text.Where(char.IsLetter)).ToUpperInvariant();
        if (letters is "AL" or "ATLARGE")
        {
            district = AtLarge;
            error = null;
            return true;
        }

        if (!text.All(char.IsAsciiDigit) || text.Length > 3
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > Highest)
        {
            error = $"'{text}' is not a district number: expected a number such as 7, or 0 (at-large) for a state with one seat.";
            return false;
        }

        district = number;
        error = null;
        return true;
    }

    /// <summary>"VT at-large" for district 0, else "WA-7".</summary>
    public static string Label(string state, int district) =>
        district == AtLarge ? $"{state} at-large" : $"{state}-{district.ToString(CultureInfo.InvariantCulture)}";
}
