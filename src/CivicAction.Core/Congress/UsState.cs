namespace CivicAction.Core.Congress;

/// <summary>What kind of place sends members to Congress: only states have senators.</summary>
public enum Jurisdiction
{
    State,
    FederalDistrict,
    Territory,
}

/// <summary>A state, DC or a territory: its USPS code, its name and its Census FIPS code.</summary>
public sealed record UsState(string Code, string Name, string Fips, Jurisdiction Kind)
{
    /// <summary>Only the 50 states elect senators; DC and the territories have none.</summary>
    public bool HasSenators => Kind == Jurisdiction.State;

    /// <summary>
    /// How its House member is addressed: states elect Representatives, DC and four territories a
    /// non-voting Delegate, Puerto Rico a Resident Commissioner.
    /// </summary>
    public string HouseTitle => Kind switch
    {
        Jurisdiction.State => "Representative",
        _ when Code == "PR" => "Resident Commissioner",
        _ => "Delegate",
    };

    public override string ToString() => Code;
}
