using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>The legislators import on SQLite.</summary>
public sealed class LegislatorsImportOnSqliteTests() : LegislatorsImportTests(new TempDatabase());

/// <summary>The legislators import on PostgreSQL.</summary>
public sealed class LegislatorsImportOnPostgresTests() : LegislatorsImportTests(new TempPostgresDatabase());

/// <summary>The members of Congress and their district offices, from YAML or CSV.</summary>
public abstract class LegislatorsImportTests(ITestDatabase db) : ReferenceImportTestBase(db)
{
    [Fact]
    public void TheLegislatorsCsv_GivesTheSameMembersAsTheYaml_LessTheYamlOnlyFields()
    {
        Importer.ImportLegislators(Files(SharedData.Legislators("legislators-current.yaml")));
        var fromYaml = Store.FindDelegation("WA", "7").Delegation!;

        var result = Importer.ImportLegislators(Files(SharedData.Legislators("legislators-current.csv")));
        var fromCsv = Store.FindDelegation("WA", "7").Delegation!;

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
            Store.FindDelegation("FL", "6").Delegation!.House.Member!.ContactFormUrl);
    }

    [Fact]
    public void TheDistrictOfficesCsv_GivesTheSameOfficesAsTheYaml()
    {
        var folder = Path.Combine(Db.Folder, "offices-csv");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Legislators("legislators-current.yaml"), Path.Combine(folder, "legislators-current.yaml"));
        File.Copy(SharedData.Legislators("legislators-district-offices.csv"), Path.Combine(folder, "legislators-district-offices.csv"));
        Importer.ImportLegislators(Files(SharedData.LegislatorsFolder));
        var fromYaml = Store.FindDelegation("AL", "4").Delegation!.House.Member!.DistrictOffices;

        var result = Importer.ImportLegislators(Files(folder));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(1312, Count("congress_district_offices"));
        Assert.Equal(3, fromYaml.Count);
        Assert.Equal(fromYaml, Store.FindDelegation("AL", "4").Delegation!.House.Member!.DistrictOffices);
    }

    [Fact]
    public void ImportingTheLegislators_ReportsTheRepairsItMade()
    {
        var result = Importer.ImportLegislators(Files(SharedData.LegislatorsFolder), SharedData.LegislatorsAsOf);

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
        Importer.ImportLegislators(Files(SharedData.LegislatorsFolder), SharedData.LegislatorsAsOf);

        var result = Importer.ImportLegislators(Files(Write("small/legislators-current.yaml", TwoMembersYaml)), new DateOnly(2026, 7, 1));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(2, Count("congress_members"));
        Assert.Equal(0, Count("congress_district_offices"));
        Assert.Equal("2 members (1 senators, 1 House), 0 district offices", result.Stored!.Detail);
        Assert.Equal(new DateOnly(2026, 7, 1), Store.Dataset(Dataset.Legislators)!.AsOf);
        var vermont = Store.FindDelegation("VT", "0").Delegation!;
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
        Importer.ImportLegislators(Files(Write("good/legislators-current.yaml", TwoMembersYaml)));
        var bad = Write("bad/legislators-current.yaml", TwoMembersYaml.Replace(find, replace, StringComparison.Ordinal));
        Assert.NotEqual(TwoMembersYaml, File.ReadAllText(bad));

        var result = Importer.ImportLegislators(Files(bad));

        Assert.False(result.IsSuccess);
        Assert.StartsWith($"{bad}:{line}: {message}", result.Error!.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Count("congress_members"));
        Assert.Equal("Able", Store.FindDelegation("VT", "0").Delegation!.House.Member?.LastName);
    }

    [Fact]
    public void TwoRepresentativesForOneSeat_AreRejected()
    {
        var yaml = TwoMembersYaml + "\n" + TwoMembersYaml.Split("- id:\n    bioguide: B000002")[0]
            .Replace("A000001", "C000003", StringComparison.Ordinal);
        var path = Write("dup/legislators-current.yaml", yaml);

        var result = Importer.ImportLegislators(Files(path));

        Assert.Equal($"{path}:28: C000003 and A000001 (line 1) both hold VT at-large: expected one member per seat", result.Error?.ToString());
    }

    [Fact]
    public void ALegislatorsCsvWithoutARequiredColumn_IsRejectedAtLineOne()
    {
        var path = Write("csv/legislators-current.csv", "bioguide_id,first_name,last_name,type,state,district,party\nA000001,Ann,Able,rep,VT,0,Democrat\n");

        var result = Importer.ImportLegislators(Files(path));

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

        var result = Importer.ImportLegislators(Files(Path.Combine(Db.Folder, "mixed")));

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
