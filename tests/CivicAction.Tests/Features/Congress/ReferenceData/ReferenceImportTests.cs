using CivicAction.Tests.Support;
using Dapper;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>
/// Importing the reference datasets: a whole dataset is replaced at once, a bad file is
/// rejected with FILE:LINE and changes nothing. Each test has its own database file.
/// </summary>
public sealed class ReferenceImportTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly CongressImporter _importer;
    private readonly CongressStore _store;

    public ReferenceImportTests()
    {
        _importer = new CongressImporter(_db.Database);
        _store = new CongressStore(_db.Database);
    }

    public void Dispose() => _db.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_db.Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private long Count(string table)
    {
        using var connection = _db.Database.Open();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    private static LegislatorFiles Files(string path) => LegislatorFiles.Find(path, out var error) ?? throw new InvalidOperationException(error);

    private ReferenceImportResult ImportZips(string text, DateOnly? asOf = null) => _importer.ImportZipDistricts(Write("zccd.csv", text), asOf);

    private const string SmallZipFile = "state_fips,state_abbr,zcta,cd\n50,VT,05401,0\n53,WA,98103,7\n53,WA,98101,7\n53,WA,98101,9\n";

    [Fact]
    public void BeforeAnyImport_LookupsSayTheDataIsMissing_InsteadOfCallingEverySeatVacant()
    {
        Assert.Equal("The ZIP-to-district table has not been imported yet: choose your state and district instead.", _store.FindByZip("98103").Error);
        Assert.Null(_store.Dataset(Dataset.Legislators));

        ImportZips(SmallZipFile);

        Assert.Equal("The members of Congress have not been imported yet (import-legislators).", _store.FindDelegation("WA", "7").Error);
    }

    [Fact]
    public void TheRealZipFile_IsStoredWhole()
    {
        var result = _importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(42_033, Count("zip_districts"));
        Assert.Equal("42033 ZIP-district rows, 33774 ZIPs, 437 districts", result.Stored!.Detail);
    }

    [Fact]
    public void LeadingZeros_OfZips_AreKept()
    {
        ImportZips(SmallZipFile);

        Assert.Equal("VT at-large", _store.FindByZip("05401").Single?.ToString());
        Assert.False(_store.FindByZip("5401").IsFound);
    }

    [Fact]
    public void ReImportingZips_ReplacesTheWholeDataset_AndRecordsItsSourceAndDate()
    {
        _importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        var first = _store.Dataset(Dataset.ZipDistricts)!;

        var result = ImportZips(SmallZipFile, new DateOnly(2025, 1, 31));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(4, Count("zip_districts"));
        Assert.False(_store.FindByZip("91711").IsFound); // only in the first file
        var second = _store.Dataset(Dataset.ZipDistricts)!;
        Assert.Equal(SharedData.ZipDistrictsAsOf, first.AsOf);
        Assert.Equal(new DateOnly(2025, 1, 31), second.AsOf);
        Assert.Equal(AsOfBasis.Given, second.AsOfBasis);
        Assert.Equal(4, second.RowCount);
        Assert.Equal(Path.Combine(_db.Folder, "zccd.csv"), second.SourcePath);
        Assert.True(second.ImportedAt >= first.ImportedAt);
    }

    [Fact]
    public void WithoutAsOf_TheFilesDateIsRecorded_AndSaidToBeOnlyThat()
    {
        var path = Write("zccd.csv", SmallZipFile);
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 11, 12, 22, 10, 27, DateTimeKind.Utc));

        var stored = _importer.ImportZipDistricts(path).Stored!;

        Assert.Equal(new DateOnly(2024, 11, 12), stored.AsOf);
        Assert.Equal(AsOfBasis.FileDate, stored.AsOfBasis);
        Assert.Equal(new DateTimeOffset(2024, 11, 12, 22, 10, 27, TimeSpan.Zero), stored.FileDate);
    }

    [Theory]
    [InlineData("state_abbr,zcta\nVT,05401\n", 1, "expected a header with the columns state_abbr, zcta, cd; missing: cd")]
    [InlineData("state_abbr,zcta,cd\nVT,05401,0\nWA,ABCDE,7\n", 3, "expected a 5-digit ZIP (ZCTA) such as 05401, found 'ABCDE'")]
    [InlineData("state_abbr,zcta,cd\nVT,5401,0\n", 2, "expected a 5-digit ZIP (ZCTA) such as 05401, found '5401'")]
    [InlineData("state_abbr,zcta,cd\nVT,05401,0\nWA,98103,seven\n", 3, "expected a district number in cd (0 for at-large), found 'seven'")]
    [InlineData("state_abbr,zcta,cd\nWA,98103,-7\n", 2, "expected a district number in cd (0 for at-large), found '-7'")]
    [InlineData("state_abbr,zcta,cd\nXX,98103,7\n", 2, "expected a two-letter state code in state_abbr, such as WA, found 'XX'")]
    [InlineData("state_fips,state_abbr,zcta,cd\n53,WA,98103,7\n06,WA,98101,7\n", 3, "state_fips '06' does not match state_abbr WA (expected 53)")]
    [InlineData("state_abbr,zcta,cd\nWA,98103,7\nWA,98103,7\n", 3, "98103 in WA-7 is listed twice (first at line 2)")]
    [InlineData("state_abbr,zcta,cd\nWA,98103\n", 2, "expected 3 fields as in the header, found 2")]
    [InlineData("state_abbr,zcta,cd\nWA,\"98103,7\n", 2, "a quoted field is not closed: expected a closing '\"'")]
    [InlineData("state_abbr,zcta,cd\n", 2, "expected rows of ZIP, state and district under the header; found none")]
    [InlineData("", 1, "expected a header row naming the columns state_abbr, zcta, cd; the file is empty")]
    public void ABadZipFile_IsRejectedWithFileAndLine_AndTheStoredDataIsUnchanged(string text, int line, string message)
    {
        ImportZips(SmallZipFile, new DateOnly(2025, 1, 31));
        var before = _store.Dataset(Dataset.ZipDistricts);

        var result = _importer.ImportZipDistricts(Write("bad/zccd.csv", text));

        Assert.False(result.IsSuccess);
        Assert.Equal($"{Path.Combine(_db.Folder, "bad", "zccd.csv")}:{line}: {message}", result.Error!.ToString());
        Assert.Equal(4, Count("zip_districts"));
        Assert.Equal(before, _store.Dataset(Dataset.ZipDistricts));
    }

    [Fact]
    public void ARealSizedFileWithOneBadRowNearTheEnd_ChangesNothing()
    {
        _importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        var lines = File.ReadAllLines(SharedData.ZipDistrictsCsv);
        lines[40_000] = "56,WY,8200X,0";
        var bad = Path.Combine(_db.Folder, "zccd-bad.csv");
        File.WriteAllLines(bad, lines);

        var result = _importer.ImportZipDistricts(bad, new DateOnly(2030, 1, 1));

        Assert.Equal(40_001, result.Error?.Line);
        Assert.Equal(42_033, Count("zip_districts"));
        Assert.Equal(SharedData.ZipDistrictsAsOf, _store.Dataset(Dataset.ZipDistricts)!.AsOf);
    }

    [Fact]
    public void CsvQuoting_FollowsRfc4180()
    {
        // Addresses contain commas and quotes; fec_ids is a quoted list; a quoted field may span lines.
        var text = "bioguide_id,first_name,last_name,full_name,type,state,district,party,url,address,phone,contact_form,fec_ids\r\n"
            + "A000001,Ann,\"O\"\"Neil\",,rep,VT,0,Democrat,https://a.house.gov,\"1 Main St, Suite \"\"B\"\"\nWashington DC\",202-225-0001,,\"H1,H2\"\r\n";
        var path = Write("csv/legislators-current.csv", text);

        var result = _importer.ImportLegislators(Files(path));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var member = _store.FindDelegation("VT", "0").Delegation!.House.Member!;
        Assert.Equal("O\"Neil", member.LastName);
        Assert.Equal("Ann O\"Neil", member.OfficialName);
        Assert.Equal("1 Main St, Suite \"B\"\nWashington DC", member.Address);
    }

    [Fact]
    public void TheLegislatorsCsv_GivesTheSameMembersAsTheYaml_LessTheYamlOnlyFields()
    {
        _importer.ImportLegislators(Files(SharedData.Legislators("legislators-current.yaml")));
        var fromYaml = _store.FindDelegation("WA", "7").Delegation!;

        var result = _importer.ImportLegislators(Files(SharedData.Legislators("legislators-current.csv")));
        var fromCsv = _store.FindDelegation("WA", "7").Delegation!;

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal("legislators-current.csv, legislators-district-offices.yaml", result.Stored!.Source);
        Assert.Equal(537, Count("congress_members"));
        static object Key(CongressMember m) => new { m.BioguideId, m.OfficialName, m.Phone, m.Address, m.WebsiteUrl, m.ContactFormUrl, m.SenateClass, Offices = m.DistrictOffices.Count };
        // The CSV has no state rank, so senators are ordered by name instead of senior first.
        Assert.Equal(fromYaml.Members.OrderBy(m => m.BioguideId, StringComparer.Ordinal).Select(Key),
            fromCsv.Members.OrderBy(m => m.BioguideId, StringComparer.Ordinal).Select(Key));
        Assert.Equal(new DateOnly(2029, 1, 3), fromYaml.Senators[0].TermEnd);
        Assert.Null(fromCsv.Senators[0].TermEnd);
        Assert.Equal(
            "https://fine.house.gov/address_authentication?form=/contact/email-me",
            _store.FindDelegation("FL", "6").Delegation!.House.Member!.ContactFormUrl);
    }

    [Fact]
    public void TheDistrictOfficesCsv_GivesTheSameOfficesAsTheYaml()
    {
        var folder = Path.Combine(_db.Folder, "offices-csv");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Legislators("legislators-current.yaml"), Path.Combine(folder, "legislators-current.yaml"));
        File.Copy(SharedData.Legislators("legislators-district-offices.csv"), Path.Combine(folder, "legislators-district-offices.csv"));
        _importer.ImportLegislators(Files(SharedData.LegislatorsFolder));
        var fromYaml = _store.FindDelegation("AL", "4").Delegation!.House.Member!.DistrictOffices;

        var result = _importer.ImportLegislators(Files(folder));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(1312, Count("congress_district_offices"));
        Assert.Equal(3, fromYaml.Count);
        Assert.Equal(fromYaml, _store.FindDelegation("AL", "4").Delegation!.House.Member!.DistrictOffices);
    }

    [Fact]
    public void ImportingTheLegislators_ReportsTheRepairsItMade()
    {
        var result = _importer.ImportLegislators(Files(SharedData.LegislatorsFolder), SharedData.LegislatorsAsOf);

        Assert.Equal(1312, Count("congress_district_offices"));
        Assert.Contains(result.Notes, n => n.Message == "note: G000607 has no official full name; using 'James Gallagher'"
            && n.Source.EndsWith("legislators-current.yaml", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Message.StartsWith("note: F000484 contact_form: repaired 'hhttps://fine.house.gov/", StringComparison.Ordinal));
    }

    private const string TwoMembersYaml = """
        - id:
            bioguide: A000001
          name:
            first: Ann
            last: Able
          terms:
          - type: rep
            start: '2025-01-03'
            end: '2027-01-03'
            state: VT
            district: 0
            party: Democrat
        - id:
            bioguide: B000002
          name:
            first: Bob
            last: Baker
            official_full: Robert Baker
          terms:
          - type: sen
            start: '2025-01-03'
            end: '2031-01-03'
            state: VT
            class: 1
            state_rank: junior
            party: Independent
            contact_form: javascript:alert(1)
        """;

    [Fact]
    public void ReImportingLegislators_ReplacesEveryMemberAndOffice()
    {
        _importer.ImportLegislators(Files(SharedData.LegislatorsFolder), SharedData.LegislatorsAsOf);

        var result = _importer.ImportLegislators(Files(Write("small/legislators-current.yaml", TwoMembersYaml)), new DateOnly(2026, 7, 1));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(2, Count("congress_members"));
        Assert.Equal(0, Count("congress_district_offices"));
        Assert.Equal("2 members (1 senators, 1 House), 0 district offices", result.Stored!.Detail);
        Assert.Equal(new DateOnly(2026, 7, 1), _store.Dataset(Dataset.Legislators)!.AsOf);
        var vermont = _store.FindDelegation("VT", "0").Delegation!;
        Assert.Equal("Able", vermont.House.Member?.LastName);
        Assert.Equal("Baker", Assert.Single(vermont.Senators).LastName);
        Assert.Contains("One Senate seat of Vermont is vacant in the data as of 2026-07-01.", vermont.Notes);
        Assert.Null(vermont.Senators[0].ContactFormUrl);
        Assert.Contains(result.Notes, n => n.Message == "note: B000002 contact_form: dropped 'javascript:alert(1)': not an http or https address");
    }

    [Theory]
    [InlineData("district: 0", "district: seven", 11, "A000001: expected a House district number (0 for at-large), found 'seven'")]
    [InlineData("state: VT\n    district: 0", "state: XX\n    district: 0", 10, "A000001: expected a two-letter state code such as WA, DC or GU, found 'XX'")]
    [InlineData("bioguide: B000002", "bioguide: A000001", 13, "A000001 is listed twice (first at line 1)")]
    [InlineData("bioguide: B000002", "bioguide: b2", 14, "expected a Bioguide ID such as C000127, found 'b2'")]
    [InlineData("  - type: sen", "  - type: senator", 20, "B000002: expected the current term's type 'rep' or 'sen', found 'senator'")]
    [InlineData("    first: Bob\n", "", 16, "expected a value for 'first'")]
    [InlineData("class: 1", "class: 4", 24, "B000002: expected Senate class 1, 2 or 3 for a senator only, found '4'")]
    [InlineData("end: '2031-01-03'", "end: 'soon'", 22, "B000002: expected the term end as a date such as 2027-01-03, found 'soon'")]
    [InlineData("    state: VT\n    class: 1", "    state: DC\n    class: 1", 23, "B000002: District of Columbia has no senators")]
    [InlineData("  name:\n    first: Ann", "  name: [Ann\n    first: Ann", 4, "not valid YAML: While parsing a flow sequence")]
    public void ABadLegislatorsYaml_IsRejectedWithFileAndLine_AndTheStoredMembersAreUnchanged(string find, string replace, int line, string message)
    {
        _importer.ImportLegislators(Files(Write("good/legislators-current.yaml", TwoMembersYaml)));
        var bad = Write("bad/legislators-current.yaml", TwoMembersYaml.Replace(find, replace, StringComparison.Ordinal));
        Assert.NotEqual(TwoMembersYaml, File.ReadAllText(bad));

        var result = _importer.ImportLegislators(Files(bad));

        Assert.False(result.IsSuccess);
        Assert.StartsWith($"{bad}:{line}: {message}", result.Error!.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Count("congress_members"));
        Assert.Equal("Able", _store.FindDelegation("VT", "0").Delegation!.House.Member?.LastName);
    }

    [Fact]
    public void TwoRepresentativesForOneSeat_AreRejected()
    {
        var yaml = TwoMembersYaml + "\n" + TwoMembersYaml.Split("- id:\n    bioguide: B000002")[0]
            .Replace("A000001", "C000003", StringComparison.Ordinal);
        var path = Write("dup/legislators-current.yaml", yaml);

        var result = _importer.ImportLegislators(Files(path));

        Assert.Equal($"{path}:28: C000003 and A000001 (line 1) both hold VT at-large: expected one member per seat", result.Error?.ToString());
    }

    [Fact]
    public void ALegislatorsCsvWithoutARequiredColumn_IsRejectedAtLineOne()
    {
        var path = Write("csv/legislators-current.csv", "bioguide_id,first_name,last_name,type,state,district,party\nA000001,Ann,Able,rep,VT,0,Democrat\n");

        var result = _importer.ImportLegislators(Files(path));

        Assert.Equal(1, result.Error?.Line);
        Assert.EndsWith("missing: full_name, url, address, phone, contact_form", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfficesOfSomeoneNotInTheMembersFile_AreRejected()
    {
        Write("mixed/legislators-current.yaml", TwoMembersYaml);
        var offices = Write("mixed/legislators-district-offices.yaml", """
            - id:
                bioguide: A000001
              offices:
              - id: A000001-burlington
                city: Burlington
                state: VT
            - id:
                bioguide: Z000009
              offices:
              - id: Z000009-montpelier
                city: Montpelier
                state: VT
            """);

        var result = _importer.ImportLegislators(Files(Path.Combine(_db.Folder, "mixed")));

        Assert.Equal($"{offices}:10: offices of Z000009, who is not in legislators-current.yaml: expected both files from the same snapshot", result.Error?.ToString());
        Assert.Equal(0, Count("congress_members"));
    }

    [Fact]
    public void AMembersFileGivenByName_TakesTheOfficesFileBesideIt_PreferringYaml()
    {
        var files = Files(SharedData.Legislators("legislators-current.csv"));

        Assert.Equal(SharedData.Legislators("legislators-district-offices.yaml"), files.Offices);
        Assert.Equal(SharedData.Legislators("legislators-current.yaml"), Files(SharedData.LegislatorsFolder).Members);
    }
}
