using CivicAction.Core.Congress;
using Dapper;
using System.Data.Common;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Congress.Lookup;

/// <summary>
/// Finds who represents a person: ZIP to candidate districts, then (state, district) to the
/// senators and the House member. Bad input is answered with a message, never an exception.
/// </summary>
public sealed class CongressStore(IDatabase database, TimeProvider clock)
{
    /// <summary>Where a person finds their district when the ZIP table cannot say.</summary>
    public const string OfficialFinder = "https://www.house.gov/representatives/find-your-representative";

    /// <summary>The districts a ZIP (or ZIP+4: only its first five digits count) lies in, all of them.</summary>
    public ZipLookup FindByZip(string? input)
    {
        if (!ZipCode.TryParse(input, out var zip, out var error))
        {
            return new ZipLookup(null, [], CongressText.InputError("Zip", input, error), null);
        }

        if (TerritoryZips.StateOf(zip) is { } territory)
        {
            return new ZipLookup(zip, [new CongressionalDistrict(territory, 0)], null, null);
        }

        const string sql = """
            SELECT state, district AS number
            FROM zip_districts
            WHERE zcta = @zcta
            ORDER BY state, district
            """;
        using var connection = database.Open();
        var districts = connection.Query<DistrictRow>(sql, new { zcta = zip.Five })
            .Select(r => new CongressionalDistrict(r.State, checked((int)r.Number)))
            .ToList();
        if (districts.Count == 0)
        {
            var imported = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reference_data WHERE dataset = @dataset", new { dataset = DbEnum.Text(ReferenceData.Dataset.ZipDistricts) }) > 0;
            return new ZipLookup(zip, [], imported
                ? CongressStrings.Format("Zip.NotInTable", zip.Five)
                : CongressStrings.Text("Zip.NoTable"), null);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (districts.FirstOrDefault(d => Redistricting.MayHaveChanged(d.State, today)) is { } redrawn)
        {
            // Never a member from the old map: the person says which district they are in now.
            var name = UsStates.Find(redrawn.State, out _) is { } redrawnState ? SharedStrings.StateName(redrawnState) : redrawn.State;
            return new ZipLookup(zip, [], CongressStrings.Format("Zip.Redrawn", name, zip.Five, OfficialFinder), null);
        }

        return new ZipLookup(zip, districts, null, Advice(zip, districts));
    }

    private static string? Advice(ZipCode zip, List<CongressionalDistrict> districts)
    {
        var list = string.Join(", ", districts);
        if (districts.Select(d => d.State).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return CongressStrings.Format("Zip.CrossesStates", zip.Five, list);
        }

        return districts.Count > 1
            ? CongressStrings.Format("Zip.SeveralDistricts", zip.Five, districts.Count, list)
            : null;
    }

    /// <summary>The delegation of a state (code or name) and district ("7", "0", "at-large").</summary>
    public DelegationLookup FindDelegation(string? state, string? district)
    {
        if (UsStates.Find(state, out var stateError) is not { } found)
        {
            return new DelegationLookup(null, stateError);
        }

        return DistrictNumber.TryParse(district, out var number, out var districtError)
            ? FindDelegation(new CongressionalDistrict(found.Code, number))
            : new DelegationLookup(null, districtError);
    }

    public DelegationLookup FindDelegation(CongressionalDistrict district)
    {
        if (UsStates.Find(district.State, out var error) is not { } state)
        {
            return new DelegationLookup(null, error);
        }

        district = district with { State = state.Code };

        using var connection = database.Open();
        var asOf = LegislatorsAsOf(connection);
        if (asOf is null)
        {
            // Without it every seat would look vacant.
            return new DelegationLookup(null, CongressStrings.Text("Store.NoMembers"));
        }

        var known = KnownDistricts(connection, state.Code);
        if (known.Count == 0)
        {
            return new DelegationLookup(null, CongressStrings.Format("Store.NoDistricts", SharedStrings.StateName(state)));
        }

        if (!known.Contains(district.Number))
        {
            return new DelegationLookup(null, OutOfRange(state, district.Number, known));
        }

        const string sql = $"""
            SELECT {MemberRow.Columns}
            FROM congress_members
            WHERE state = @State AND (chamber = @senate OR district = @Number)
            ORDER BY CASE chamber WHEN @senate THEN 0 ELSE 1 END, CASE state_rank WHEN 'senior' THEN 0 WHEN 'junior' THEN 1 ELSE 2 END, last_name, first_name
            """;
        var rows = connection.Query<MemberRow>(sql, new { State = state.Code, district.Number, senate = ChamberCodes.Senate }).AsList();
        var members = WithOffices(connection, rows);
        var senators = members.Where(m => m.Chamber == Chamber.Senate).ToList();
        var representative = members.FirstOrDefault(m => m.Chamber == Chamber.House);
        var seat = new HouseSeat(district, state.HouseTitle, representative);

        var notes = new List<string>();
        if (!state.HasSenators)
        {
            notes.Add(CongressStrings.Format("Store.NoSenators", SharedStrings.StateNameAsSubject(state), HouseTitle(state)));
        }
        else if (senators.Count < 2)
        {
            notes.Add(CongressStrings.Format(senators.Count == 0 ? "Store.BothSenateSeatsVacant" : "Store.OneSenateSeatVacant", SharedStrings.StateName(state), asOf));
        }

        if (seat.IsVacant)
        {
            notes.Add(CongressStrings.Format("Store.HouseSeatVacant", district, asOf, HouseTitle(state)));
        }

        return new DelegationLookup(new Delegation(state, seat, senators, notes), null);
    }

    /// <summary>
    /// Where a dataset (legislators, ZIP districts)
    /// came from and its "as of" date; null when it was never imported.
    /// </summary>
    public ReferenceDataset? Dataset(Dataset name)
    {
        const string sql = """
            SELECT dataset, source, source_path, file_date, as_of, as_of_basis, row_count, detail, imported_at
            FROM reference_data
            WHERE dataset = @name
            """;
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<ReferenceDataset>(sql, new { name = DbEnum.Text(name) });
    }

    private static string? LegislatorsAsOf(DbConnection connection) =>
        connection.ExecuteScalar<string?>("SELECT CAST(as_of AS TEXT) FROM reference_data WHERE dataset = @dataset", new { dataset = DbEnum.Text(ReferenceData.Dataset.Legislators) });

    private static SortedSet<int> KnownDistricts(DbConnection connection, string state)
    {
        // Districts come from the data, not a fixed table: apportionment changes every ten years,
        // and territories are only in the legislators file.
        const string sql = """
            SELECT district FROM zip_districts WHERE state = @state
            UNION
            SELECT district FROM congress_members WHERE state = @state AND chamber = @house
            """;
        return new SortedSet<int>(connection.Query<long>(sql, new { state, house = ChamberCodes.House }).Select(d => checked((int)d)));
    }

    private static string OutOfRange(UsState state, int number, SortedSet<int> known)
    {
        if (known.Count == 1 && known.Min == DistrictNumber.AtLarge)
        {
            return CongressStrings.Format("Store.SingleAtLarge", SharedStrings.StateName(state), number);
        }

        return number == DistrictNumber.AtLarge
            ? CongressStrings.Format("Store.NoAtLarge", SharedStrings.StateName(state), known.Min, known.Max)
            : CongressStrings.Format("Store.NoSuchDistrict", SharedStrings.StateName(state), number, known.Min, known.Max);
    }

    /// <summary>"representative", "delegate": the state's House title inside a sentence, in the page's language.</summary>
    private static string HouseTitle(UsState state) => CongressText.Title(state.HouseTitle).ToLower(SiteLanguages.Formatting);

    private List<CongressMember> WithOffices(DbConnection connection, List<MemberRow> rows)
    {
        var sql = $"""
            SELECT member_id, position, address, suite, building, city, state, zip, phone
            FROM congress_district_offices
            WHERE member_id {database.AnyOf("@ids")}
            ORDER BY member_id, position
            """;
        var offices = connection.Query<OfficeRow>(sql, new { ids = rows.Select(r => r.BioguideId).ToList() })
            .ToLookup(o => o.MemberId, o => o.ToOffice(), StringComparer.Ordinal);
        return rows.Select(r => r.ToMember(offices[r.BioguideId].ToList())).ToList();
    }

    private sealed class DistrictRow
    {
        public string State { get; set; } = "";

        public long Number { get; set; }
    }

    private sealed class MemberRow
    {
        public const string Columns = """
            bioguide_id, official_name, first_name, last_name, middle_name, nickname, suffix, chamber, state, district,
            party, phone, address, office, website_url, contact_form_url, term_end, senate_class, state_rank
            """;

        public string BioguideId { get; set; } = "";
        public string OfficialName { get; set; } = "";
        public string FirstName { get; set; } = "";
        public string LastName { get; set; } = "";
        public string? MiddleName { get; set; }
        public string? Nickname { get; set; }
        public string? Suffix { get; set; }
        public string Chamber { get; set; } = "";
        public string State { get; set; } = "";
        public int? District { get; set; }
        public string Party { get; set; } = "";
        public string? Phone { get; set; }
        public string? Address { get; set; }
        public string? Office { get; set; }
        public string? WebsiteUrl { get; set; }
        public string? ContactFormUrl { get; set; }
        public DateOnly? TermEnd { get; set; }
        public int? SenateClass { get; set; }
        public string? StateRank { get; set; }

        public CongressMember ToMember(IReadOnlyList<DistrictOffice> offices) => new(
            BioguideId, OfficialName, FirstName, LastName, MiddleName, Nickname, Suffix,
            ChamberCodes.TryParse(Chamber, out var chamber) ? chamber : throw new InvalidDataException($"{BioguideId} has no chamber"),
            State, District, Party, Phone, Address, Office, WebsiteUrl, ContactFormUrl, TermEnd, SenateClass, StateRank, offices);
    }

    private sealed class OfficeRow
    {
        public string MemberId { get; set; } = "";
        public int Position { get; set; }
        public string? Address { get; set; }
        public string? Suite { get; set; }
        public string? Building { get; set; }
        public string City { get; set; } = "";
        public string State { get; set; } = "";
        public string? Zip { get; set; }
        public string? Phone { get; set; }

        public DistrictOffice ToOffice() => new(Position, Address, Suite, Building, City, State, Zip, Phone);
    }
}
