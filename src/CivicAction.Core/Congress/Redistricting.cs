namespace CivicAction.Core.Congress;

/// <summary>
/// States that drew new congressional maps for the November 2026 election. The ZIP-to-district table maps ZIPs to
/// the districts of the 119th Congress, which ends on <see cref="NewMapsFrom"/>; from that day a ZIP in these states
/// may lie in another district than the table says, so the lookup asks for the district rather than name a member
/// from the old map.
/// </summary>
/// <remarks>Texas, California, Missouri, North Carolina and Ohio redrew their maps in 2025 for the 2026 election. A
/// state found to have redrawn since is added here; a fresh ZIP table for the 120th Congress makes the list moot.</remarks>
public static class Redistricting
{
    /// <summary>The first day of the 120th Congress, elected on the new maps (20th Amendment: noon, January 3).</summary>
    public static readonly DateOnly NewMapsFrom = new(2027, 1, 3);

    public static IReadOnlySet<string> StatesWithNewMaps { get; } = new HashSet<string>(StringComparer.Ordinal) { "CA", "MO", "NC", "OH", "TX" };

    /// <summary>Whether, on <paramref name="today"/>, the 119th Congress's district of a ZIP in this state may be out of date.</summary>
    public static bool MayHaveChanged(string state, DateOnly today) => today >= NewMapsFrom && StatesWithNewMaps.Contains(state);
}
