using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>The ZIP-to-district table import on SQLite.</summary>
public sealed class ZipDistrictsImportOnSqliteTests() : ZipDistrictsImportTests(new TempDatabase());

/// <summary>The ZIP-to-district table import on PostgreSQL.</summary>
public sealed class ZipDistrictsImportOnPostgresTests() : ZipDistrictsImportTests(new TempPostgresDatabase());

/// <summary>The ZIP-to-district table: stored whole, replaced whole, rejected at the line that is wrong.</summary>
public abstract class ZipDistrictsImportTests(ITestDatabase db) : ReferenceImportTestBase(db)
{
    [Fact]
    public void BeforeAnyImport_LookupsSayTheDataIsMissing_InsteadOfCallingEverySeatVacant()
    {
        Assert.Equal("The ZIP-to-district table has not been imported yet: choose your state and district instead.", Store.FindByZip("98103").Error);
        Assert.Null(Store.Dataset(Dataset.Legislators));

        ImportZips(SmallZipFile);

        Assert.Equal("The members of Congress have not been imported yet (import-legislators).", Store.FindDelegation("WA", "7").Error);
    }

    [Fact]
    public void TheRealZipFile_IsStoredWhole()
    {
        var result = Importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(42_033, Count("zip_districts"));
        Assert.Equal("42033 ZIP-district rows, 33774 ZIPs, 437 districts", result.Stored!.Detail);
    }

    [Fact]
    public void LeadingZeros_OfZips_AreKept()
    {
        ImportZips(SmallZipFile);

        Assert.Equal("VT at-large", Store.FindByZip("05401").Single?.ToString());
        Assert.False(Store.FindByZip("5401").IsFound);
    }

    [Fact]
    public void ReImportingZips_ReplacesTheWholeDataset_AndRecordsItsSourceAndDate()
    {
        Importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        var first = Store.Dataset(Dataset.ZipDistricts)!;

        var result = ImportZips(SmallZipFile, new DateOnly(2025, 1, 31));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(4, Count("zip_districts"));
        Assert.False(Store.FindByZip("91711").IsFound); // only in the first file
        var second = Store.Dataset(Dataset.ZipDistricts)!;
        Assert.Equal(SharedData.ZipDistrictsAsOf, first.AsOf);
        Assert.Equal(new DateOnly(2025, 1, 31), second.AsOf);
        Assert.Equal(AsOfBasis.Given, second.AsOfBasis);
        Assert.Equal(4, second.RowCount);
        Assert.Equal(Path.Combine(Db.Folder, "zccd.csv"), second.SourcePath);
        Assert.True(second.ImportedAt >= first.ImportedAt);
    }

    [Fact]
    public void WithoutAsOf_TheFilesDateIsRecorded_AndSaidToBeOnlyThat()
    {
        var path = Write("zccd.csv", SmallZipFile);
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 11, 12, 22, 10, 27, DateTimeKind.Utc));

        var stored = Importer.ImportZipDistricts(path).Stored!;

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
        var before = Store.Dataset(Dataset.ZipDistricts);

        var result = Importer.ImportZipDistricts(Write("bad/zccd.csv", text));

        Assert.False(result.IsSuccess);
        Assert.Equal($"{Path.Combine(Db.Folder, "bad", "zccd.csv")}:{line}: {message}", result.Error!.ToString());
        Assert.Equal(4, Count("zip_districts"));
        Assert.Equal(before, Store.Dataset(Dataset.ZipDistricts));
    }

    [Fact]
    public void ARealSizedFileWithOneBadRowNearTheEnd_ChangesNothing()
    {
        Importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        var lines = File.ReadAllLines(SharedData.ZipDistrictsCsv);
        lines[40_000] = "56,WY,8200X,0";
        var bad = Path.Combine(Db.Folder, "zccd-bad.csv");
        File.WriteAllLines(bad, lines);

        var result = Importer.ImportZipDistricts(bad, new DateOnly(2030, 1, 1));

        Assert.Equal(40_001, result.Error?.Line);
        Assert.Equal(42_033, Count("zip_districts"));
        Assert.Equal(SharedData.ZipDistrictsAsOf, Store.Dataset(Dataset.ZipDistricts)!.AsOf);
    }

    [Fact]
    public void CsvQuoting_FollowsRfc4180()
    {
        // Addresses contain commas and quotes; fec_ids is a quoted list; a quoted field may span lines.
        var text = "bioguide_id,first_name,last_name,full_name,type,state,district,party,url,address,phone,contact_form,fec_ids\r\n"
            + "A000001,Ann,\"O\"\"Neil\",,rep,VT,0,Democrat,https://a.house.gov,\"1 Main St, Suite \"\"B\"\"\nWashington DC\",202-225-0001,,\"H1,H2\"\r\n";
        var path = Write("csv/legislators-current.csv", text);

        var result = Importer.ImportLegislators(Files(path));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var member = Store.FindDelegation("VT", "0").Delegation!.House.Member!;
        Assert.Equal("O\"Neil", member.LastName);
        Assert.Equal("Ann O\"Neil", member.OfficialName);
        Assert.Equal("1 Main St, Suite \"B\"\nWashington DC", member.Address);
    }
}
