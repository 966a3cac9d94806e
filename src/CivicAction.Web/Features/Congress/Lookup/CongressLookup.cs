using CivicAction.Core.Congress;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>The lookup as asked in the query string: no personal data, so it may be a GET.</summary>
public sealed record LookupInput(string? Zip, string? State, string? District, string? Seat, bool Choosing, bool Typed)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Zip) && string.IsNullOrWhiteSpace(State)
        && string.IsNullOrWhiteSpace(District) && string.IsNullOrWhiteSpace(Seat) && !Choosing;
}

/// <summary>
/// The outcome of a lookup, with each message aimed at the field it is about. <see cref="Candidates"/>
/// are the districts of a ZIP that lies in several; none is ever chosen for the person.
/// </summary>
public sealed record LookupView(
    LookupInput Input,
    DataAsOf Data,
    ZipLookup? Zip,
    Delegation? Delegation,
    IReadOnlyList<FieldCheck> Errors,
    string? Problem)
{
    public IReadOnlyList<CongressionalDistrict> Candidates =>
        Delegation is null && Zip is { IsFound: true, SpansDistricts: true } zip ? zip.Districts : [];

    /// <summary>Names must be typed when there is no list of members, or when the person asked to.</summary>
    public bool TypesNames => Data.Legislators is null || Input.Typed;

    public IReadOnlyList<FieldCheck> ChecksFor(string field) => Errors.Where(e => e.Field == field).ToList();
}

/// <summary>
/// The "as of" dates of the reference data, null for a dataset that was never imported, and whether the members are
/// older than <see cref="FreshDays"/> on <paramref name="Today"/> (members change every few weeks: resignations,
/// special elections).
/// </summary>
public sealed record DataAsOf(ReferenceDataset? Legislators, ReferenceDataset? ZipDistricts, DateOnly Today)
{
    public const int FreshDays = 30;

    public bool MembersMayBeOutOfDate => Legislators is { } members && members.AsOf.AddDays(FreshDays) < Today;
}

/// <summary>Turns the lookup form's input into candidates or a delegation, through <see cref="CongressStore"/>.</summary>
public sealed class CongressLookup(CongressStore congress, TimeProvider clock)
{
    /// <summary>
    /// A finding on the signature's ZIP when the ZIP table places it outside the chosen House seat: an office checks
    /// that a letter comes from its district, and a letter signed from another is discarded. Null when the ZIP is
    /// in the seat, or when the table cannot say (a ZIP it lacks, a state with new maps).
    /// </summary>
    public FieldCheck? ZipOutside(string? zip, Delegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        var found = congress.FindByZip(zip);
        var seat = delegation.House.District;
        if (found.Zip is not { } parsed || found.Districts.Count == 0 || found.Districts.Contains(seat))
        {
            return null;
        }

        return FieldCheck.Blocking("zip", LookupCodes.ZipOutsideSeat,
            CongressStrings.Format("Zip.OutsideSeat", parsed.Five, string.Join(CongressStrings.Text("Zip.Or"), found.Districts), seat));
    }

    public DataAsOf Data() =>
        new(congress.Dataset(Dataset.Legislators), congress.Dataset(Dataset.ZipDistricts), DateOnly.FromDateTime(clock.GetLocalNow().Date));

    public LookupView Run(LookupInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var data = Data();
        var errors = new List<FieldCheck>();
        if (input.IsEmpty || input.Typed)
        {
            return new LookupView(input, data, null, null, errors, null);
        }

        var state = input.State;
        var district = input.District;
        if (!string.IsNullOrWhiteSpace(input.Seat) && Seats.TryParse(input.Seat, out var seatState, out var seatNumber))
        {
            (state, district) = (seatState, seatNumber);
        }

        if (!string.IsNullOrWhiteSpace(state) || !string.IsNullOrWhiteSpace(district))
        {
            return BySeat(input, data, state, district);
        }

        if (string.IsNullOrWhiteSpace(input.Zip))
        {
            // "Continue" on the list of districts without choosing one.
            errors.Add(FieldCheck.Blocking("seat", LookupCodes.ChooseDistrict, CongressStrings.Text("Seat.ChooseDistrict")));
            return new LookupView(input, data, null, null, errors, null);
        }

        var zip = congress.FindByZip(input.Zip);
        if (!zip.IsFound)
        {
            errors.Add(FieldCheck.Blocking("zip", LookupCodes.UnknownZip, zip.Error!));
            return new LookupView(input, data, zip, null, errors, null);
        }

        if (input.Choosing && zip.SpansDistricts)
        {
            errors.Add(FieldCheck.Blocking("seat", LookupCodes.ChooseDistrict, CongressStrings.Format("Seat.ChooseOfZip", zip.Zip!.Five)));
        }

        if (zip.Single is not { } single)
        {
            return new LookupView(input, data, zip, null, errors, null);
        }

        var lookup = congress.FindDelegation(single);
        return new LookupView(input, data, zip, lookup.Delegation, errors, lookup.Error);
    }

    private LookupView BySeat(LookupInput input, DataAsOf data, string? state, string? district)
    {
        var errors = new List<FieldCheck>();
        var found = UsStates.Find(state, out var stateError);
        if (found is null)
        {
            errors.Add(FieldCheck.Blocking("state", LookupCodes.InvalidState, CongressText.InputError("State", state, stateError!)));
        }

        if (!DistrictNumber.TryParse(district, out var number, out var districtError))
        {
            errors.Add(FieldCheck.Blocking("district", LookupCodes.InvalidDistrict, CongressText.InputError("District", district, districtError)));
        }

        if (errors.Count > 0)
        {
            return new LookupView(input, data, null, null, errors, null);
        }

        var lookup = congress.FindDelegation(new CongressionalDistrict(found!.Code, number));
        if (lookup.Delegation is null && data.Legislators is not null)
        {
            // The state is real, so what the data rejects is the district number.
            errors.Add(FieldCheck.Blocking("district", LookupCodes.InvalidDistrict, lookup.Error!));
            return new LookupView(input, data, null, null, errors, null);
        }

        return new LookupView(input, data, null, lookup.Delegation, errors, lookup.Error);
    }
}

/// <summary>The stable identifiers of the lookup's messages.</summary>
public static class LookupCodes
{
    public const string ChooseDistrict = "choose-district";
    public const string UnknownZip = "unknown-zip";
    public const string InvalidState = "invalid-state";
    public const string InvalidDistrict = "invalid-district";
    public const string ZipOutsideSeat = "zip-outside-seat";
}
