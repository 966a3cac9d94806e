using CivicAction.Core.Congress;
using CivicAction.Core.Letters.Congress;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>A district (home-state) office: where constituents can also write, call or visit.</summary>
public sealed record DistrictOffice(
    int Position,
    string? Address,
    string? Suite,
    string? Building,
    string City,
    string State,
    string? Zip,
    string? Phone);

/// <summary>A current member of Congress with the ways to reach them.</summary>
public sealed record CongressMember(
    string BioguideId,
    string OfficialName,
    string FirstName,
    string LastName,
    string? MiddleName,
    string? Nickname,
    string? Suffix,
    Chamber Chamber,
    string State,
    int? District,
    string Party,
    string? Phone,
    string? Address,
    string? Office,
    string? WebsiteUrl,
    string? ContactFormUrl,
    DateOnly? TermEnd,
    int? SenateClass,
    string? StateRank,
    IReadOnlyList<DistrictOffice> DistrictOffices)
{
    /// <summary>"Senator", "Representative", "Delegate" or "Resident Commissioner".</summary>
    public string Title => Chamber == Chamber.Senate ? "Senator" : UsStates.Get(State).HouseTitle;

    /// <summary>The member as a letter addresses them.</summary>
    public Recipient ToRecipient() => new(Title, LastName, OfficialName);
}

/// <summary>A House seat and who holds it; <see cref="Member"/> is null when the seat is vacant.</summary>
public sealed record HouseSeat(CongressionalDistrict District, string Title, CongressMember? Member)
{
    public bool IsVacant => Member is null;
}

/// <summary>
/// Everyone who represents one (state, district) in Congress: the state's senators (none for
/// DC and the territories) and the House seat, with notes a page should show (no senators,
/// vacant seat).
/// </summary>
public sealed record Delegation(UsState State, HouseSeat House, IReadOnlyList<CongressMember> Senators, IReadOnlyList<string> Notes)
{
    /// <summary>The senators, then the House member when the seat is filled.</summary>
    public IReadOnlyList<CongressMember> Members =>
        House.Member is { } member ? [.. Senators, member] : Senators;
}

/// <summary>The delegation for a (state, district), or a message saying what was wrong with the input.</summary>
public sealed record DelegationLookup(Delegation? Delegation, string? Error)
{
    public bool IsFound => Delegation is not null;
}

/// <summary>
/// The districts a ZIP touches, or a message. Several districts (or states) are all returned:
/// the ZIP table cannot tell which one a street is in, so the person must choose.
/// </summary>
public sealed record ZipLookup(ZipCode? Zip, IReadOnlyList<CongressionalDistrict> Districts, string? Error, string? Note)
{
    public bool IsFound => Error is null;

    public bool SpansDistricts => Districts.Count > 1;

    public bool SpansStates => Districts.Select(d => d.State).Distinct(StringComparer.Ordinal).Count() > 1;

    /// <summary>The district when the ZIP lies in exactly one, else null.</summary>
    public CongressionalDistrict? Single => Districts.Count == 1 ? Districts[0] : null;
}
