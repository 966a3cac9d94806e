using System.Diagnostics.CodeAnalysis;

namespace CivicAction.Core.Congress;

/// <summary>
/// A US ZIP code as a person types it: five digits, optionally followed by the ZIP+4 extension
/// ("98101", "98101-1234", "981011234"). Only the first five digits locate a district in the
/// ZIP-to-district table, so the extension is kept but never used for lookups.
/// </summary>
public sealed record ZipCode
{
    private ZipCode(string five, string? plusFour)
    {
        Five = five;
        PlusFour = plusFour;
    }

    /// <summary>The five digits, leading zeros kept ("05401").</summary>
    public string Five { get; }

    /// <summary>The four-digit extension, when one was given.</summary>
    public string? PlusFour { get; }

    public override string ToString() => PlusFour is null ? Five : $"{Five}-{PlusFour}";

    /// <summary>Parses a ZIP or ZIP+4; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out ZipCode? zip, [NotNullWhen(false)] out string? error)
    {
        zip = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Enter a 5-digit ZIP code, e.g. 98101.";
            return false;
        }

        // "98101-1234" and "98101 1234" are ZIP+4; so are nine digits written together.
        var parts = text.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && parts[0].Length == 9 && parts[0].All(char.IsAsciiDigit))
        {
            parts = [parts[0][..5], parts[0][5..]];
        }

        if (parts.Any(p => !p.All(char.IsAsciiDigit)))
        {
            error = $"'{text}' is not a ZIP code: a ZIP code has 5 digits, e.g. 98101 (or ZIP+4, e.g. 98101-1234).";
            return false;
        }

        if (parts.Length > 2 || parts.Length == 2 && (parts[0].Length != 5 || parts[1].Length != 4))
        {
            error = $"'{text}' is not a ZIP code: expected 5 digits, or ZIP+4 written as 98101-1234.";
            return false;
        }

        var five = parts[0];
        if (five.Length != 5)
        {
            error = five.Length < 5
                ? $"'{text}' has {five.Length} digits; a ZIP code has 5 (one that starts with 0 keeps it, e.g. 05401)."
                : $"'{text}' has {five.Length} digits; a ZIP code has 5, e.g. 98101 (or ZIP+4, e.g. 98101-1234).";
            return false;
        }

        zip = new ZipCode(five, parts.Length == 2 ? parts[1] : null);
        error = null;
        return true;
    }
}
