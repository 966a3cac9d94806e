namespace CivicAction.Core.Congress;

/// <summary>
/// A House seat: a state (or DC, or a territory) and a district number, 0 for at-large.
/// Always keyed by both: a ZIP that crosses a state line can be in AL-3 and GA-14.
/// </summary>
public sealed record CongressionalDistrict(string State, int Number)
{
    public bool IsAtLarge => Number == DistrictNumber.AtLarge;

    /// <summary>"WA-7", or "VT at-large".</summary>
    public override string ToString() => DistrictNumber.Label(State, Number);
}
