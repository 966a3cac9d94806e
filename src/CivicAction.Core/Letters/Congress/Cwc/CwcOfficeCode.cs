using System.Globalization;
using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Congress.Cwc;

/// <summary>
/// The office a CWC message is for (<c>Recipient/MemberOffice</c>). A House office is H, the state and the district
/// in two digits ("HCA12"; an at-large seat, a delegate or the resident commissioner "HVT00", "HDC00"). A Senate
/// office is S, the state and the senator's class less one in two digits: class I "SWA00", class II "SWA01",
/// class III "SWA02".
/// </summary>
public static partial class CwcOfficeCode
{
    public static string? House(string state, int? district) =>
        IsState(state) && district is >= 0 and < 100
            ? "H" + state.ToUpperInvariant() + district.Value.ToString("00", CultureInfo.InvariantCulture)
            : null;

    /// <summary>Null when the senator's class is not known: the office cannot be named.</summary>
    public static string? Senate(string state, int? senateClass) =>
        IsState(state) && senateClass is >= 1 and <= 3
            ? "S" + state.ToUpperInvariant() + (senateClass.Value - 1).ToString("00", CultureInfo.InvariantCulture)
            : null;

    public static bool IsValid(string? code) => code is not null && Code().IsMatch(code);

    private static bool IsState(string? state) => state is { Length: 2 } && state.All(char.IsAsciiLetter);

    [GeneratedRegex(@"^(H[A-Z]{2}[0-9]{2}|S[A-Z]{2}0[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
