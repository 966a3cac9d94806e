namespace CivicAction.Core.Letters.Congress.Cwc;

/// <summary>
/// How the writer is addressed: CWC requires a <c>Prefix</c> on every message (any text of 1 to 500 characters), and
/// the offices' own forms offer these. Asked only where the site delivers through CWC.
/// </summary>
public static class CwcPrefixes
{
    public static readonly IReadOnlyList<string> All = ["Mr.", "Mrs.", "Ms.", "Mx.", "Miss", "Dr.", "Rev."];

    public static bool IsKnown(string? prefix) => prefix is not null && All.Contains(prefix.Trim(), StringComparer.Ordinal);
}
