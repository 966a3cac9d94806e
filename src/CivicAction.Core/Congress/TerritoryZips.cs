namespace CivicAction.Core.Congress;

/// <summary>
/// The territories the ZIP-to-district table leaves out, found by their ZIP codes instead. Each has one seat in the
/// House (a delegate, district 0) and no senators, so a ZIP in one of these ranges names the whole delegation.
/// </summary>
/// <remarks>The USPS ranges: the U.S. Virgin Islands 00801-00851, American Samoa 96799, Guam 96910-96932 and the
/// Northern Mariana Islands 96950-96952. Puerto Rico and the District of Columbia are in the table itself.</remarks>
public static class TerritoryZips
{
    private static readonly (int From, int To, string State)[] Ranges =
    [
        (801, 851, "VI"),
        (96799, 96799, "AS"),
        (96910, 96932, "GU"),
        (96950, 96952, "MP"),
    ];

    /// <summary>The territory's USPS code for a ZIP in one of its ranges, else null.</summary>
    public static string? StateOf(ZipCode zip)
    {
        var number = int.Parse(zip.Five, System.Globalization.CultureInfo.InvariantCulture);
        return Ranges.FirstOrDefault(r => number >= r.From && number <= r.To).State;
    }
}
